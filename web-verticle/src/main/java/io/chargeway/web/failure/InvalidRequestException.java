package io.chargeway.web.failure;

import java.util.List;

/**
 * A request that does not match the API description: every bad field, for a 400 answer.
 */
public final class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ApiError.Detail> details;

    /** A failure naming {@code details}. */
    public InvalidRequestException(List<ApiError.Detail> details) {
        super("the request does not match the API description", null, false, false);
        this.details = List.copyOf(details);
    }

    /** The bad fields. */
    public List<ApiError.Detail> details() {
        return details;
    }
}
