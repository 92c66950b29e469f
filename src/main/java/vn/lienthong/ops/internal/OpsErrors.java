package vn.lienthong.ops.internal;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.lienthong.platform.TransientFailure;

/** The operations API answers errors as JSON problem details with a readable message. */
@RestControllerAdvice(basePackages = "vn.lienthong.ops")
class OpsErrors extends ResponseEntityExceptionHandler {

    /** A replay that must re-read the source while the source is down: nothing was changed, try again later. */
    @ExceptionHandler({CallNotPermittedException.class, TransientFailure.class})
    ProblemDetail sourceUnavailable(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the source system is unavailable, nothing was replayed: " + e.getMessage());
    }
}
