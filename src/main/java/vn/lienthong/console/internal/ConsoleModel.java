package vn.lienthong.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.lienthong.ops.Operators;

/** What every console page needs: who is logged in, whether they may act, and which page is open. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    @ModelAttribute("user")
    String user(HttpServletRequest request) {
        return Operators.actor(request);
    }

    @ModelAttribute("canAct")
    boolean canAct(HttpServletRequest request) {
        return Operators.mayAct(request);
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
