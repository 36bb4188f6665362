package qc.alubot.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff sign-in form; Spring Security checks what it posts. */
@Controller
class LoginPage {

    @GetMapping(AdminSecurity.LOGIN)
    String login() {
        return "admin/login";
    }
}
