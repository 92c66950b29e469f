package vn.lienthong.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint the running gateway maps (controllers, actuator endpoints, springdoc), as concrete
 * requests: path variables and wildcards filled with a sample value, a mapping for any method tried as GET and POST.
 */
final class EndpointCatalogue {

    record Endpoint(String method, String path) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            return (path + " " + method).compareTo(other.path + " " + other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private EndpointCatalogue() {
    }

    static Set<Endpoint> of(ApplicationContext context) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String path = concrete(pattern);
                    if (methods.isEmpty()) {
                        endpoints.add(new Endpoint("GET", path));
                        endpoints.add(new Endpoint("POST", path));
                    }
                    methods.stream().filter(m -> m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                            .forEach(m -> endpoints.add(new Endpoint(m.name(), path)));
                }
            }
        }
        return endpoints;
    }

    /** {@code /api/failures/{id}} -> {@code /api/failures/1}; {@code {*rest}}, {@code **} and {@code *} -> one segment. */
    static String concrete(String pattern) {
        String path = pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "1")
                .replace("**", "x").replace("*", "x");
        return path.isEmpty() ? "/" : path;
    }
}
