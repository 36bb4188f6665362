package qc.alubot.edge;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a request comes from, as limits count callers. The address the connection came from; behind
 * a reverse proxy, the one it forwarded, but only when proxy headers are trusted
 * ({@code SERVER_FORWARD_HEADERS_STRATEGY=native}: Tomcat then takes {@code X-Forwarded-For} from
 * proxies on private and loopback addresses, or those in {@code SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES},
 * and from no one else). An IPv6 address counts by its /64 network: one machine usually holds a
 * whole /64 and could otherwise change address with every request.
 */
public final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr());
    }

    /** The caller key for an address as the servlet container gives it (a literal IPv4 or IPv6 address). */
    public static String of(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "unknown" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < IPV6_NETWORK_BYTES; i += 2) {
                network.append(String.format("%x:", ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff)));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) { // not a literal address: count it as given
            return address;
        }
    }
}
