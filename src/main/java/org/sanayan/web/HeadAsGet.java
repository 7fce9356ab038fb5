package org.sanayan.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Answers HEAD exactly as GET would, minus the body. Left to itself, Javalin answers HEAD with 200 for any address
 * that fits a GET route without running the handler, so a missing page or a page behind a login looked fine to
 * link checkers and monitors. Here the app sees a GET; Jetty still knows the request is HEAD and sends no body.
 */
public final class HeadAsGet implements Filter {

    public static void install(ServletContextHandler handler) {
        handler.addFilter(new FilterHolder(new HeadAsGet()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
