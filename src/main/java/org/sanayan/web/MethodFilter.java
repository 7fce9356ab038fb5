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
 * Sorts out request methods before the app sees them. A method that is not all capitals ({@code get}, {@code PoSt})
 * is not one the app knows (methods are case-sensitive): it gets 405 from Jetty's error page, where Javalin would
 * fail with a 500 and a stack trace in the log.
 *
 * <p>And it answers HEAD exactly as GET would, minus the body. Left to itself, Javalin answers HEAD with 200 for any address
 * that fits a GET route without running the handler, so a missing page or a page behind a login looked fine to
 * link checkers and monitors. Here the app sees a GET; Jetty still knows the request is HEAD and sends no body.
 */
public final class MethodFilter implements Filter {

    public static void install(ServletContextHandler handler) {
        handler.addFilter(new FilterHolder(new MethodFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && !http.getMethod().equals(
                http.getMethod().toUpperCase(java.util.Locale.ROOT))) {
            ((jakarta.servlet.http.HttpServletResponse) response).sendError(405);
            return;
        }
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
