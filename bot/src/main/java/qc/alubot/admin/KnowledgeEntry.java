package qc.alubot.admin;

import java.time.LocalDate;

/**
 * One entry of the knowledge as the knowledge page lists it, whatever its kind (passage,
 * contact, company; figures and timeline entries to come): enough to find it, read it and know
 * where it comes from.
 *
 * @param kind     what it is, also a message key suffix: {@code passage}, {@code contact}, {@code company}…
 * @param language its language when it has one, else null
 * @param source   the seed page (and section) its facts come from
 * @param reviewed when it was last checked against its source, or null when its kind has no such date
 * @param stale    reviewed longer ago than the review age: its facts may be out of date
 * @param origin   its file and line, to edit it
 */
public record KnowledgeEntry(String kind, String id, String language, String title, String text, String source,
                             LocalDate reviewed, boolean stale, String origin) {
}
