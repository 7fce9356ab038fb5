package org.sanayan.web;

/** The page shown for any error: a heading and an explanation in the reader's language. */
public record ErrorPage(Chrome chrome, int status, String heading, String message, String requestId) {
}
