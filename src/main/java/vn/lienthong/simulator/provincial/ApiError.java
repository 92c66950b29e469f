package vn.lienthong.simulator.provincial;

import org.springframework.http.HttpStatus;

/** A refusal answered as {@code {"error":..., "message":...}} with its status. */
class ApiError extends RuntimeException {

    private final HttpStatus status;
    private final String error;

    ApiError(HttpStatus status, String error, String message) {
        super(message);
        this.status = status;
        this.error = error;
    }

    static ApiError badRequest(String error, String message) {
        return new ApiError(HttpStatus.BAD_REQUEST, error, message);
    }

    static ApiError unprocessable(String message) {
        return new ApiError(HttpStatus.UNPROCESSABLE_ENTITY, "invalid_request", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(HttpStatus.NOT_FOUND, "not_found", message);
    }

    HttpStatus status() {
        return status;
    }

    String error() {
        return error;
    }
}
