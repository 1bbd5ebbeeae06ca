package io.chargeway.web.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chargeway.web.failure.ApiError;
import io.chargeway.web.failure.InvalidRequestException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.openapi.router.RequestExtractor;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.json.schema.Validator;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.contract.Style;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableRequest;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.impl.RequestValidatorImpl;
import io.vertx.openapi.validation.transformer.FormTransformer;
import io.vertx.openapi.validation.transformer.LabelTransformer;
import io.vertx.openapi.validation.transformer.MatrixTransformer;
import io.vertx.openapi.validation.transformer.ParameterTransformer;
import io.vertx.openapi.validation.transformer.SimpleTransformer;

/**
 * Validates a request against its OpenAPI operation and hands the typed input on as one JSON
 * object ({@link #INPUT}: parameters by name, the body under {@code "body"}). Unlike the router
 * builder's own validation handler, which stops at the first bad parameter and validates on a
 * worker thread, this validates every parameter and the body in place (schema checks on a few
 * fields take microseconds) and fails with an {@link InvalidRequestException} naming each bad
 * field: {@code query.radius}, {@code path.stationId}, {@code body.location.latitude}.
 */
public final class RequestValidation {

    /** The routing-context key of the validated input. */
    public static final String INPUT = "chargeway.input";

    private static final Pattern REQUIRED = Pattern.compile("required property \"?([^\"\\s]+)\"?");

    private final RequestValidatorImpl validator;
    private final SchemaRepository schemas;
    private final RequestExtractor extractor = RequestExtractor.withBodyHandler();
    private final Map<Parameter, Validator> parameterValidators = new IdentityHashMap<>();
    private final Map<Style, ParameterTransformer> transformers = new EnumMap<>(Map.of(Style.SIMPLE, new SimpleTransformer(),
            Style.FORM, new FormTransformer(), Style.LABEL, new LabelTransformer(), Style.MATRIX, new MatrixTransformer()));

    /** Validation against {@code contract}; the instance is confined to one event loop (its validator cache is not shared). */
    public RequestValidation(Vertx vertx, OpenAPIContract contract) {
        this.validator = new RequestValidatorImpl(vertx, contract);
        this.schemas = contract.getSchemaRepository();
    }

    /** The handler validating requests of {@code operation}. */
    public Handler<RoutingContext> handler(Operation operation) {
        return rc -> extract(rc, operation)
                .onFailure(e -> rc.fail(e instanceof ValidatorException ve
                        ? new InvalidRequestException(List.of(new ApiError.Detail("request", ve.getMessage()))) : e))
                .onSuccess(request -> {
                    JsonObject input = new JsonObject();
                    List<ApiError.Detail> errors = validate(operation, request, input);
                    if (errors.isEmpty()) {
                        rc.put(INPUT, input);
                        rc.next();
                    } else {
                        rc.fail(new InvalidRequestException(errors));
                    }
                });
    }

    /** The request's parameters and body as the validator sees them; a query that does not decode fails the Future. */
    private Future<ValidatableRequest> extract(RoutingContext rc, Operation operation) {
        try {
            return extractor.extractValidatableRequest(rc, operation);
        } catch (ValidatorException e) {
            return Future.failedFuture(e);
        }
    }

    private List<ApiError.Detail> validate(Operation operation, ValidatableRequest request, JsonObject input) {
        List<ApiError.Detail> details = new ArrayList<>();
        for (Parameter p : operation.getParameters()) {
            Map<String, RequestParameter> values = switch (p.getIn()) {
                case PATH -> request.getPathParameters();
                case QUERY -> request.getQuery();
                case HEADER -> request.getHeaders();
                case COOKIE -> request.getCookies();
            };
            RequestParameter value = values == null ? null : values.get(p.getName());
            try {
                Object valid = parameter(p, value);
                if (valid != null) {
                    input.put(p.getName(), valid);
                }
            } catch (ValidatorException e) {
                details.addAll(detailsOf(e, p.getIn().name().toLowerCase() + "." + p.getName()));
            }
        }
        if (operation.getRequestBody() != null) {
            try {
                RequestParameter body = validator.validateBody(operation.getRequestBody(), request);
                if (body != null && !body.isNull()) {
                    input.put("body", body.get());
                }
            } catch (ValidatorException e) {
                details.addAll(detailsOf(e, "body"));
            }
        }
        return details;
    }

    /**
     * The typed value of one parameter, like {@code RequestValidatorImpl.validateParameter} but with
     * the parameter's schema validator built once and cached: building one per request costs more
     * than everything else a small GET does.
     */
    private Object parameter(Parameter p, RequestParameter value) {
        if (value == null || value.isNull()) {
            if (p.isRequired()) {
                throw ValidatorException.createMissingRequiredParameter(p);
            }
            return null;
        }
        ParameterTransformer transformer = transformers.get(p.getStyle());
        if (transformer == null) {
            throw ValidatorException.createUnsupportedValueFormat(p);
        }
        Object transformed = transformer.transform(p, String.valueOf(value.get()));
        OutputUnit result = parameterValidators.computeIfAbsent(p, x -> schemas.validator(x.getSchema())).validate(transformed);
        try {
            result.checkValidity();
        } catch (JsonSchemaValidationException e) {
            throw SchemaValidationException.createErrorFromOutputUnitType(p, result, e);
        }
        return transformed;
    }

    private static List<ApiError.Detail> detailsOf(ValidatorException e, String field) {
        if (e instanceof SchemaValidationException se && se.getOutputUnit() != null) {
            Map<String, String> byField = new LinkedHashMap<>();
            leaves(se.getOutputUnit(), field, byField);
            if (!byField.isEmpty()) {
                return byField.entrySet().stream().map(x -> new ApiError.Detail(x.getKey(), x.getValue())).toList();
            }
        }
        return List.of(new ApiError.Detail(field, e.getMessage()));
    }

    private static void leaves(OutputUnit unit, String prefix, Map<String, String> out) {
        List<OutputUnit> errors = unit.getErrors();
        if (errors != null && !errors.isEmpty()) {
            errors.forEach(u -> leaves(u, prefix, out));
            return;
        }
        if (unit.getError() == null) {
            return;
        }
        String location = unit.getInstanceLocation() == null ? "" : unit.getInstanceLocation();
        if (location.startsWith("#")) {
            location = location.substring(1);
        }
        Matcher m = REQUIRED.matcher(unit.getError());
        if (m.find()) {
            location = location + "/" + m.group(1);
        }
        out.putIfAbsent(prefix + location.replace('/', '.'), unit.getError());
    }
}
