//! The status positions of each language's frameworks, as data: the calls whose arguments are
//! statuses, and the few language-wide shapes (Flask's `return body, 201`, Rack's
//! `[200, headers, body]`). Adding a framework idiom is adding a row here and a labeled line to
//! the corpus under `tests/corpus/`.

use super::Language;
use super::Language::*;
use super::lexer::{self, Syntax};

/// Who may receive a call for it to be a status call.
#[derive(Debug, Clone, Copy)]
pub enum Receiver {
    /// Any receiver, or none: `abort(404)`, `res.status(404)`.
    Any,
    /// One of these receivers: `http.Error`, `ngx.exit`.
    Named(&'static [&'static str]),
    /// A response (`res`, `reply`, `w`…) or the result of a call named like one.
    Response,
    /// A framework's request context: gin/echo `c`, Koa `ctx`.
    Context,
    /// The result of one of these calls: MockMvc `status().is(404)`, Laravel `response()->json`.
    CallResult(&'static [&'static str]),
    /// A method call (`.expect(200)` in supertest), never a bare function.
    Method,
    /// A method continuing a chain from an earlier line: `.code(504)` in a builder.
    Chained,
    /// A bare function, never a method: SvelteKit's `error(404, 'gone')`, not `log.error(…)`.
    Bare,
}

/// A call whose whole-number arguments are statuses.
#[derive(Debug, Clone, Copy)]
pub struct StatusCall {
    pub name: &'static str,
    pub receiver: Receiver,
    /// Empty: every language.
    pub languages: &'static [Language],
}

const fn call(name: &'static str) -> StatusCall {
    StatusCall {
        name,
        receiver: Receiver::Any,
        languages: &[],
    }
}

const fn on(name: &'static str, receiver: Receiver) -> StatusCall {
    StatusCall {
        name,
        receiver,
        languages: &[],
    }
}

const fn only(
    name: &'static str,
    receiver: Receiver,
    languages: &'static [Language],
) -> StatusCall {
    StatusCall {
        name,
        receiver,
        languages,
    }
}

use Receiver::{CallResult, Context, Method, Named, Response};

/// Output helpers of gin, echo, Hono and the like, which take the status first or last.
const CONTEXT_WRITERS: &[&str] = &[
    "JSON",
    "String",
    "HTML",
    "XML",
    "YAML",
    "TOML",
    "IndentedJSON",
    "SecureJSON",
    "PureJSON",
    "AsciiJSON",
    "JSONP",
    "ProtoBuf",
    "Data",
    "DataFromReader",
    "Render",
    "Blob",
    "JSONBlob",
    "HTMLBlob",
    "XMLBlob",
    "Stream",
    "NoContent",
    "Negotiate",
    "json",
    "text",
    "html",
    "body",
    "newResponse",
];

pub const STATUS_CALLS: &[StatusCall] = &[
    // Generic response APIs across ecosystems.
    call("status"),
    call("Status"),
    call("sendStatus"),
    call("SendStatus"),
    call("setStatus"),
    call("SetStatus"),
    call("set_status"),
    call("setStatusCode"),
    call("SetStatusCode"),
    call("withStatus"),
    call("with_status"),
    call("statusCode"),
    call("WriteHeader"),
    call("writeHead"),
    call("abort"),
    call("abort_if"),
    call("abort_unless"),
    call("http_response_code"),
    call("sendError"),
    call("send_error"),
    call("send_response"),
    call("send_response_only"),
    call("redirect"),
    call("Redirect"),
    call("StatusText"),
    // Exceptions and result types that carry a status.
    call("HttpException"),
    call("HTTPException"),
    call("HTTPError"),
    call("HttpError"),
    call("ResponseStatusException"),
    call("WebApplicationException"),
    call("createError"),
    call("createHttpError"),
    call("NewHTTPError"),
    call("NewError"),
    call("Abort"),
    call("HTTPStatus"),
    call("HttpStatusCode"),
    call("HTTPResponseStatus"),
    call("HttpResponseStatus"),
    call("StatusCode"),
    call("StatusCodeResult"),
    call("ProducesResponseType"),
    call("SwaggerResponse"),
    call("ApiResponse"),
    call("HttpCode"),
    call("ResponseStatus"),
    call("Response"),
    call("JsonResponse"),
    call("JSONResponse"),
    call("make_response"),
    call("AbortWithStatus"),
    call("AbortWithStatusJSON"),
    call("AbortWithError"),
    call("toHaveStatus"),
    call("toHaveStatusCode"),
    call("toHaveHttpStatus"),
    call("have_http_status"),
    call("assert_response"),
    call("assertStatus"),
    call("assertResponseStatus"),
    call("assertResponseStatusCodeSame"),
    call("respond"),
    // Constructors from a number.
    call("from_u16"),
    call("from_code"),
    call("fromValue"),
    call("fromStatusCode"),
    call("fromCode"),
    on(
        "valueOf",
        Named(&["HttpStatus", "HttpStatusCode", "HttpResponseStatus"]),
    ),
    on("resolve", Named(&["HttpStatus"])),
    on("new", Named(&["StatusCode", "Status"])),
    // Language- and framework-specific.
    only("Error", Named(&["http"]), &[Go]),
    on("code", Response),
    on("code", Receiver::Chained),
    on("code", Named(&["Status"])),
    on("reply", Method),
    on("custom", Named(&["StatusCodes"])),
    on("error", Named(&["Response"])),
    call("fromInt"),
    call("errorhandler"),
    call("error_handler"),
    call("set_redirect"),
    call("status_code"),
    call("isSuccess"),
    call("isSuccessful"),
    call("isServerError"),
    call("isClientError"),
    call("isRedirect"),
    call("isRedirection"),
    call("isInformational"),
    call("is_success"),
    call("is_server_error"),
    call("is_client_error"),
    call("is_redirect"),
    on("result", Response),
    only("catch", Receiver::Any, &[Rust]),
    on("throw", Context),
    on("assert", Context),
    on("is", CallResult(&["status"])),
    on("json", CallResult(&["response"])),
    // supertest's `.expect(200)`; wiremock's `.expect(1)` in Rust counts calls.
    only("expect", Method, &[JavaScript, TypeScript]),
    // OkHttp's MockWebServer, wiremock-rs, and JS mocks.
    call("setResponseCode"),
    on("new", Named(&["ResponseTemplate"])),
    only("header", Receiver::Any, &[Php]),
    only("response", Receiver::Any, &[Php, Elixir, Cpp, C]),
    only("exit", Named(&["ngx", "response"]), &[Lua]),
    only("MHD_queue_response", Receiver::Any, &[C, Cpp]),
    only("put_status", Receiver::Any, &[Elixir]),
    only("send_resp", Receiver::Any, &[Elixir]),
    only("resp", Receiver::Any, &[Elixir]),
    only("json_response", Receiver::Any, &[Elixir, Python]),
    only("html_response", Receiver::Any, &[Elixir]),
    only("text_response", Receiver::Any, &[Elixir]),
    only("redirected_to", Receiver::Any, &[Elixir]),
    only("head", Receiver::Any, &[Ruby]),
    only("halt", Receiver::Any, &[Ruby]),
    only("error!", Receiver::Any, &[Ruby]),
    only("error", Receiver::Any, &[Ruby]),
    only("error", Receiver::Bare, &[JavaScript, TypeScript]),
];

/// Whether `name` is an output helper of a request context (`c.JSON(200, …)`).
pub fn is_context_writer(name: &str) -> bool {
    CONTEXT_WRITERS.contains(&name)
}

/// Calls whose single argument starts a chain of assertions about it: `expect(res.status)`.
pub const CHAIN_STARTS: &[&str] = &[
    "expect",
    // WebTestClient and MockMvc: `.jsonPath("$.status").isEqualTo(404)`.
    "jsonPath",
    "assertThat",
    "expectThat",
    "assert_that",
    "when",
    "verify",
    "check",
    "assume",
];

/// Ruby matchers called without parentheses: `expect(res.status).to eq 200`.
pub const RUBY_MATCHERS: &[&str] = &["eq", "eql", "equal", "be", "match"];

/// Infix matchers of Kotlin and Scala test libraries: `status shouldBe 200`.
pub const INFIX_MATCHERS: &[&str] = &[
    "shouldBe",
    "shouldEqual",
    "mustBe",
    "mustEqual",
    "shouldNotBe",
    "should_be",
];

/// Calls that never take a status, however their other arguments look: `min(status, 599)`.
pub const NEVER_STATUS_CALLS: &[&str] = &[
    "min",
    "max",
    "clamp",
    "range",
    "between",
    "sleep",
    "Sleep",
    "setTimeout",
    "timeout",
    "substr",
    "slice",
    "repeat",
    "pow",
    // Arithmetic on a status (`div(status, 100)`, `Math.floorDiv(code, 100)`) gives its class.
    "div",
    "rem",
    "mod",
    "divmod",
    "floorDiv",
    "floorMod",
    "floor",
    "trunc",
    "quo",
    // Range assertions: their bounds delimit a class of statuses.
    "InRange",
    "isBetween",
    "be_between",
    "toBeGreaterThan",
    "toBeGreaterThanOrEqual",
    "toBeLessThan",
    "toBeLessThanOrEqual",
    "isGreaterThan",
    "isGreaterThanOrEqualTo",
    "isLessThan",
    "isLessThanOrEqualTo",
    "greaterThan",
    "greaterThanOrEqualTo",
    "lessThan",
    "lessThanOrEqualTo",
    "within",
];

/// Matchers that wrap an expected value: `expect(res.statusCode, equals(404))`.
pub const VALUE_MATCHERS: &[&str] = &[
    "equals",
    "equalTo",
    "eq",
    "is",
    "same",
    "isEqualTo",
    "value",
];

/// Receivers whose every method takes a status: Laravel's `response()->view(…, 200)` and
/// `redirect()->route(…, 301)`.
pub const STATUS_BUILDERS: &[&str] = &["response", "redirect"];

/// Calls that build a collection, for `[200, 201].includes(status)`-style membership.
pub const COLLECTION_CALLS: &[&str] = &[
    "of",
    "asList",
    "listOf",
    "setOf",
    "arrayOf",
    "mutableListOf",
    "Set",
    "frozenset",
    "set",
    "tuple",
    "List",
    "Seq",
    "vec",
];

/// Membership tests on a collection: `[200, 201].includes(res.status)`.
pub const MEMBERSHIP_METHODS: &[&str] = &[
    "includes", "contains", "include?", "indexOf", "has", "Contains", "member?",
];

/// What a language's lexer and analyser need to know about it.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub syntax: &'static Syntax,
    /// Flask: `return body, 201`.
    pub return_tuple: bool,
    /// Ruby: paren-less calls (`head 204`) and Rack's `[200, headers, body]`.
    pub command_calls: bool,
    /// C#: `(HttpStatusCode)404`.
    pub casts: bool,
    /// C and C++: `#define NAME 404`.
    pub defines: bool,
    /// Swift: `.notFound` as a status where one is expected.
    pub dot_constants: bool,
    /// `code` alone names a status (shell scripts around `curl -w '%{http_code}'`).
    pub code_is_status: bool,
}

const fn spec(syntax: &'static Syntax) -> Spec {
    Spec {
        syntax,
        return_tuple: false,
        command_calls: false,
        casts: false,
        defines: false,
        dot_constants: false,
        code_is_status: false,
    }
}

pub fn spec_of(language: Language) -> Spec {
    match language {
        Python => Spec {
            return_tuple: true,
            ..spec(&lexer::PYTHON)
        },
        JavaScript | TypeScript => spec(&lexer::JAVASCRIPT),
        Go => spec(&lexer::GO),
        Rust => spec(&lexer::RUST),
        Java | C | Cpp => Spec {
            defines: matches!(language, C | Cpp),
            ..spec(if language == Java {
                &lexer::JVM
            } else {
                &lexer::C_LIKE
            })
        },
        Kotlin | Scala => spec(&lexer::NESTING_JVM),
        CSharp => Spec {
            casts: true,
            ..spec(&lexer::CSHARP)
        },
        Ruby => Spec {
            command_calls: true,
            ..spec(&lexer::RUBY)
        },
        Php => spec(&lexer::PHP),
        Elixir => spec(&lexer::ELIXIR),
        Swift => Spec {
            dot_constants: true,
            ..spec(&lexer::SWIFT)
        },
        Dart => spec(&lexer::DART),
        Lua => spec(&lexer::LUA),
        Shell => Spec {
            code_is_status: true,
            ..spec(&lexer::SHELL)
        },
        Json => spec(&lexer::JSON),
        Http => spec(&lexer::HTTP_FILE),
        Yaml | Nginx | Apache | Caddy => spec(&lexer::DIRECTIVES),
    }
}
