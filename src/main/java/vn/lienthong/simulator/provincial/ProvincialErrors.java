package vn.lienthong.simulator.provincial;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The provincial API's error bodies. */
@RestControllerAdvice(basePackageClasses = ProvincialErrors.class)
class ProvincialErrors {

    @ExceptionHandler(ApiError.class)
    ResponseEntity<Map<String, String>> refused(ApiError e) {
        return body(e.status(), e.error(), e.getMessage());
    }

    @ExceptionHandler(ChangeFeed.InvalidCursorException.class)
    ResponseEntity<Map<String, String>> invalidCursor(ChangeFeed.InvalidCursorException e) {
        return body(HttpStatus.BAD_REQUEST, "invalid_cursor", e.getMessage());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badParameter(Exception e) {
        return body(HttpStatus.BAD_REQUEST, "invalid_request", e.getMessage());
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(Map.of("error", error, "message", message));
    }
}
