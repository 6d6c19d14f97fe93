//! The detector's specification: each case is source text with every status literal marked
//! `«…»`; the detector must find exactly the marked spans. Unmarked numbers must stay silent.

use super::{Language, Language::*, detect};

/// Strips the markers, returning the text and the marked byte ranges.
fn unmark(marked: &str) -> (String, Vec<std::ops::Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut start = None;
    for c in marked.chars() {
        match c {
            '«' => start = Some(text.len()),
            '»' => spans.push(start.take().unwrap_or(0)..text.len()),
            _ => text.push(c),
        }
    }
    (text, spans)
}

#[track_caller]
fn case(language: Language, marked: &str) {
    let (text, want) = unmark(marked);
    let got: Vec<_> = detect(&text, language)
        .into_iter()
        .map(|l| l.span)
        .collect();
    if got != want {
        let show = |spans: &[std::ops::Range<usize>]| {
            spans
                .iter()
                .map(|s| text.get(s.clone()).unwrap_or("?").to_string())
                .collect::<Vec<_>>()
        };
        panic!(
            "{language:?}: {marked}\n  want {:?}\n  got  {:?}",
            show(&want),
            show(&got)
        );
    }
}

#[test]
fn python() {
    case(Python, "abort(«404»)\ntime.sleep(500)  # abort(418)\n");
    case(Python, "return jsonify(item), «201»\nreturn a, b, 200\n");
    case(
        Python,
        "raise HTTPException(status_code=«404», detail='x')\n",
    );
    case(
        Python,
        "assert r.status_code == «200»\nassert len(r.json()) == 200\n",
    );
    case(Python, "self.assertEqual(resp.status_code, «404»)\n");
    case(
        Python,
        "if response.status_code in («200», «201»):\n    pass\n",
    );
    case(Python, "if status >= 400 or status / 100 == 2: pass\n");
    case(Python, "for i in range(200, 300): pass\n");
    case(
        Python,
        "x = HTTPStatus(«404»).phrase\ny = «HTTPStatus.NOT_FOUND»\n",
    );
    case(
        Python,
        "return Response(data, status=«status.HTTP_201_CREATED»)\n",
    );
    case(Python, "'''\nabort(404)\n'''\nabort(«503»)\n");
    case(Python, "limit = 200\nwidth = 404\nmax_length=255\n");
    case(
        Python,
        "STATUS = {«404»: 'Not Found', «500»: 'Internal Server Error'}\n",
    );
    case(
        Python,
        "match resp.status_code:\n    case «200» | «201»:\n        ok()\n    case 3:\n        pass\nx = 404\n",
    );
    case(Python, "exit_status = 127\nstatus = 0\nabort(«99»)\n");
    case(
        Python,
        "self.set_status(«404»)\nself.send_response(«200»)\n",
    );
    case(Python, "responses.add(responses.GET, url, status=«500»)\n");
}

#[test]
fn javascript_and_typescript() {
    case(
        JavaScript,
        "res.status(«404»).json({ error: 'missing' });\n",
    );
    case(JavaScript, "setTimeout(done, 200);\nconst width = 404;\n");
    case(
        JavaScript,
        "ctx.status = «201»;\nreply.code(«418»).send();\n",
    );
    case(
        JavaScript,
        "return new Response(body, { status: «404» });\n",
    );
    case(
        JavaScript,
        "expect(res.status).toBe(«200»);\nexpect(items.length).toBe(200);\n",
    );
    case(
        JavaScript,
        "await request(app)\n  .get('/x')\n  .expect(«200»);\n",
    );
    case(
        JavaScript,
        "if (xhr.status === 0) retry();\nif (res.statusCode !== «304») x();\n",
    );
    case(
        JavaScript,
        "if ([«200», «201»].includes(res.status)) ok();\n",
    );
    case(
        JavaScript,
        "const msg = `status ${404}`;\n// res.status(500)\n/* res.status(500) */\n",
    );
    case(
        TypeScript,
        "type Ok = «200» | «201»;\ntype Size = 100 | 200;\n",
    );
    case(
        TypeScript,
        "@HttpCode(«204»)\nthrow new HttpException('Forbidden', «403»);\n",
    );
    case(
        TypeScript,
        "return { statusCode: «200», body: JSON.stringify(x) };\n",
    );
    case(
        TypeScript,
        "throw new HttpException('x', «HttpStatus.FORBIDDEN»);\n",
    );
    case(
        JavaScript,
        "return c.json({ ok: true }, «201»);\nc.text('x', «404»)\n",
    );
    case(
        JavaScript,
        "const schema = {\n  response: {\n    «200»: { type: 'object' },\n    limit: 200,\n  },\n};\nconst x = { 200: 1 };\n",
    );
}

#[test]
fn go() {
    case(
        Go,
        "w.WriteHeader(«http.StatusNotFound»)\nw.WriteHeader(«500»)\n",
    );
    case(
        Go,
        "http.Error(w, \"boom\", «500»)\ntime.Sleep(500 * time.Millisecond)\n",
    );
    case(
        Go,
        "c.JSON(«200», gin.H{\"ok\": true})\nc.AbortWithStatus(«401»)\n",
    );
    case(
        Go,
        "if resp.StatusCode != «200» {\n}\nif rr.Code != «http.StatusOK» {\n}\n",
    );
    case(
        Go,
        "assert.Equal(t, «200», w.Code)\nassert.Equal(t, 200, len(items))\n",
    );
    case(
        Go,
        "switch resp.StatusCode {\ncase «200», «201»:\ncase «404»:\n}\nx := 404\n",
    );
    case(Go, "const StatusTeapot = «418»\nbuf := make([]byte, 256)\n");
    case(Go, "return &http.Response{StatusCode: «404»}\n");
    case(
        Go,
        "s := `abort(404)\n404`\nhttp.Redirect(w, r, u, «301»)\n",
    );
}

#[test]
fn rust() {
    case(
        Rust,
        "let s = StatusCode::from_u16(«404»)?;\nlet t = «StatusCode::NOT_FOUND»;\n",
    );
    case(
        Rust,
        "assert_eq!(resp.status(), «200»);\nassert_eq!(v.len(), 200);\n",
    );
    case(Rust, "if resp.status().as_u16() == «404» {}\n");
    case(
        Rust,
        "match resp.status().as_u16() {\n    «200» => ok(),\n    500..=599 => retry(),\n    _ => {}\n}\n",
    );
    case(
        Rust,
        "fn f<'a>(x: &'a str) -> u16 { 404 }\nlet c = 'x'; abort(«418»);\n",
    );
    case(
        Rust,
        "let s = r#\"abort(404)\"#; // abort(404)\n/* /* nested */ abort(404) */\n",
    );
    case(
        Rust,
        "HttpResponse::build(«StatusCode::OK»)\nHttpResponse::NotFound().finish()\n",
    );
}

#[test]
fn jvm() {
    case(
        Java,
        "response.setStatus(«404»);\nresponse.sendError(«HttpServletResponse.SC_NOT_FOUND»);\n",
    );
    case(
        Java,
        "return ResponseEntity.status(«HttpStatus.NOT_FOUND»).build();\n",
    );
    case(
        Java,
        "assertEquals(«200», response.getStatusCode());\nassertEquals(200, list.size());\n",
    );
    case(
        Java,
        "assertThat(response.getStatusCodeValue()).isEqualTo(«200»);\n",
    );
    case(
        Java,
        "mockMvc.perform(get(\"/x\")).andExpect(status().is(«404»));\n",
    );
    case(
        Java,
        "@ApiResponse(responseCode = «\"404\"», description = \"Not found\")\n",
    );
    case(
        Java,
        "stubFor(get(\"/x\").willReturn(aResponse().withStatus(«503»)));\n",
    );
    case(
        Java,
        "if (conn.getResponseCode() == «200») {}\nThread.sleep(500);\n",
    );
    case(
        Java,
        "public static final int SC_NOT_FOUND = «404»;\nint port = 8080;\n",
    );
    case(
        Java,
        "return Response.status(«Response.Status.NOT_FOUND»).build();\n",
    );
    case(
        Kotlin,
        "call.respond(«HttpStatusCode.NotFound», \"x\")\nresponse.status.value shouldBe «200»\n",
    );
    case(
        Kotlin,
        "when (response.status.value) {\n    «200» -> ok()\n    in 400..499 -> bad()\n}\n",
    );
    case(
        Scala,
        "status(result) mustBe «404»\ncomplete(«StatusCodes.NotFound»)\n",
    );
}

#[test]
fn dotnet_ruby_php() {
    case(
        CSharp,
        "return StatusCode(«404»);\nreturn Results.StatusCode(«500»);\n",
    );
    case(
        CSharp,
        "[ProducesResponseType(«StatusCodes.Status404NotFound»)]\n[ProducesResponseType(typeof(Item), «200»)]\n",
    );
    case(
        CSharp,
        "var s = (HttpStatusCode)«429»;\nAssert.Equal(«HttpStatusCode.OK», response.StatusCode);\n",
    );
    case(
        CSharp,
        "context.Response.StatusCode = «403»;\nreturn Problem(statusCode: «500»);\n",
    );
    case(
        Ruby,
        "render json: item, status: «422»\nhead «:no_content»\n",
    );
    case(Ruby, "head «204»\nhalt «404», 'gone'\nsleep 500\n");
    case(
        Ruby,
        "expect(response).to have_http_status(«:not_found»)\nexpect(response.status).to eq «200»\n",
    );
    case(
        Ruby,
        "[«200», { 'Content-Type' => 'text/plain' }, ['ok']]\n",
    );
    case(Ruby, "if res.code == «\"200\"»\nend\n");
    case(
        Ruby,
        "case response.code\nwhen «\"200\"»\n  ok\nwhen «\"404\"»\n  gone\nend\nx = 404\n",
    );
    case(
        Php,
        "abort(«404»);\nhttp_response_code(«404»);\nreturn response()->json($x, «201»);\n",
    );
    case(
        Php,
        "$response->assertStatus(«200»);\nreturn $r->withStatus(«Response::HTTP_NOT_FOUND»);\n",
    );
    case(
        Php,
        "if (in_array($status, [«204», «304»])) {}\n# abort(404)\n",
    );
    case(Php, "return ['status' => «404», 'limit' => 200];\n");
}

#[test]
fn more_languages() {
    case(
        Elixir,
        "conn |> put_status(«:not_found»)\nsend_resp(conn, «200», body)\n",
    );
    case(
        Elixir,
        "assert json_response(conn, «200»)\nassert conn.status == «201»\n",
    );
    case(
        Swift,
        "throw Abort(«.notFound»)\nreturn Response(status: «.ok»)\nlet x = list.first\n",
    );
    case(
        Swift,
        "if httpResponse.statusCode == «200» {}\nif (200...299).contains(code) {}\n",
    );
    case(
        Dart,
        "return Response(«404»);\nif (response.statusCode == «200») {}\nColors.blue[500];\n",
    );
    case(
        Dart,
        "expect(response.statusCode, «200»);\nrequest.response.statusCode = «HttpStatus.notFound»;\n",
    );
    case(
        Lua,
        "ngx.status = «500»\nreturn ngx.exit(«ngx.HTTP_NOT_FOUND»)\nos.exit(1)\n-- ngx.exit(404)\n",
    );
    case(
        Lua,
        "--[[ ngx.exit(404)\n]] ngx.exit(«404»)\nlocal s = [[ngx.exit(404)]]\n",
    );
    case(
        Shell,
        "code=$(curl -s -o /dev/null -w '%{http_code}' \"$url\")\nif [ \"$code\" -eq «200» ]; then\n  sleep 500\nfi\n",
    );
    case(
        Shell,
        "if [[ $status == «404» ]]; then exit 1; fi # status 500\n",
    );
    case(
        C,
        "ret = MHD_queue_response(connection, «MHD_HTTP_NOT_FOUND», response);\nchar buf[256];\n",
    );
    case(
        C,
        "curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response_code);\nif (response_code == «200») {}\n",
    );
    case(C, "#define HTTP_NOT_FOUND «404»\n#define BUF_SIZE 404\n");
    case(
        Cpp,
        "res.status = «404»;\nres->status = «500»;\nresp->setStatusCode(«k404NotFound»);\n",
    );
}

#[test]
fn formats() {
    case(
        Yaml,
        "paths:\n  /items:\n    get:\n      responses:\n        «'200'»:\n          description: |\n            404: not here\n        «404»:\n          description: Not found\n        default:\n          description: x\n      parameters:\n        - name: limit\n          maximum: 200\n",
    );
    case(
        Yaml,
        "fault:\n  abort:\n    httpStatus: «503»\n    percentage: 100\nport: 8080\nredirectCode: «301»\n",
    );
    case(
        Yaml,
        "nginx.ingress.kubernetes.io/custom-http-errors: \"«404»,«503»\"\n",
    );
    case(
        Json,
        "{\"paths\": {\"/x\": {\"get\": {\"responses\": {\n  «\"200\"»: {\"description\": \"ok\"},\n  «\"404\"»: {\"description\": \"404 Not Found\"},\n  \"default\": {}\n}}}}, \"maxItems\": 200}\n",
    );
    case(Json, "{\"statusCode\": «200», \"size\": 404}\n");
    case(
        Nginx,
        "listen 443 ssl;\nreturn «301» https://$host$request_uri;\nerror_page «404» «500» /err.html;\nkeepalive_timeout 300;\n",
    );
    case(Nginx, "location / { return «200» \"ok\"; } # return 500\n");
    case(
        Apache,
        "Redirect «301» /old /new\nErrorDocument «404» /missing.html\nTimeout 300\nRewriteRule ^x$ /y [R=«301»,L]\n",
    );
    case(
        Caddy,
        "respond /health «200»\nredir /a /b «308»\nrespond \"gone\" «410»\nencode gzip 5\n",
    );
    case(
        Http,
        "GET https://api.example.com/items/404?limit=200\n\n### 500 test\nHTTP/1.1 «200» OK\n",
    );
}

#[test]
fn constants_and_symbols_only_where_they_name_codes() {
    case(Ruby, "x = :not_found\nrender status: «:not_found»\n");
    case(
        Rust,
        "let s = tonic::Status::not_found(\"x\");\nlet c = «StatusCode::IM_A_TEAPOT»;\n",
    );
    case(
        Go,
        "return status.Error(codes.NotFound, \"x\")\nw.WriteHeader(«http.StatusTeapot»)\n",
    );
    case(Python, "http.StatusText\nfrom http import HTTPStatus\n");
}

#[test]
fn a_bare_code_is_a_status_only_in_a_file_that_talks_http() {
    let curl = "curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);\n";
    case(
        C,
        &format!(
            "{curl}if (code == «401») {{\nswitch (code) {{\ncase «HTTP_CREATED»:\ncase «503»:\n}}\n"
        ),
    );
    // Before anything mentions HTTP, and in a file about SMTP, `code` is just a number.
    case(
        C,
        "if (code == 401) {}\n#include <curl/curl.h>\nif (code == «401») {}\n",
    );
    case(
        Go,
        "const smtpOK = 250\nresp, _ := http.Get(u)\nif code == 550 || code == 250 {}\n",
    );
    case(
        JavaScript,
        "const SIP = { OK: 200 };\nfetch(url);\nswitch (response.code) {\n  case 100:\n  case 486:\n  case «200»:\n}\n",
    );
    // Only known codes count: a process killed by SIGKILL exits with 137.
    case(
        JavaScript,
        "await fetch(url);\nchild.on('exit', (code) => { if (code === 137) retry() });\nif (code === «404») {}\n",
    );
    case(
        Kotlin,
        "import okhttp3.OkHttpClient\nfun isRetryable(code: Int) = code == «429» || code in 500..599\n",
    );
    case(
        JavaScript,
        "fetch(u);\nres.status(«400»).json({ code: «400», message: 'bad' });\nconst e = { code: 1001 };\n",
    );
}

#[test]
fn arithmetic_on_a_status_is_not_a_status() {
    case(
        Elixir,
        "def classify(status) when div(status, 100) == 5, do: :server\n",
    );
    case(Java, "int cls = Math.floorDiv(status, 100);\n");
}

#[test]
fn library_constants_with_abbreviated_names() {
    case(
        Java,
        "if (code == «HttpURLConnection.HTTP_UNAVAILABLE») {}\nint x = «HttpURLConnection.HTTP_MOVED_PERM»;\n",
    );
}

#[test]
fn each_arm_of_a_conditional_stands_where_the_conditional_stands() {
    case(
        Cpp,
        "res.status = created ? «201» : «204»;\nint w = wide ? 800 : 600;\n",
    );
    case(
        JavaScript,
        "res.status(found(id) ? «200» : «404»).end();\nsetTimeout(f, slow ? 500 : 100);\n",
    );
    case(
        Python,
        "return Response(status_code=«200» if ok else «404»)\ntime.sleep(300 if slow else 100)\n",
    );
    case(
        Kotlin,
        "call.respond(if (ok) «HttpStatusCode.OK» else «HttpStatusCode.NotFound»)\nval status = if (found) «200» else «404»\nval w = if (wide) 800 else 600\n",
    );
    case(Php, "http_response_code($ok ? «200» : «500»);\n");
}

#[test]
fn what_a_status_function_returns_is_a_status() {
    case(
        Elixir,
        "def status(_exception), do: «429»\ndef retries(_), do: 500\n",
    );
    case(
        Swift,
        "func delete(req: Request) async throws -> HTTPStatus {\n    try await todo.delete(on: req.db)\n    return «.noContent»\n}\nfunc count() -> Int {\n    return 500\n}\n",
    );
    case(
        Java,
        "public int getStatus() {\n    return «404»;\n}\npublic int getLimit() {\n    return 500;\n}\n",
    );
    case(
        Python,
        "    def status_code(self) -> int:\n        return «503»\n\n    def timeout(self):\n        return 300\n",
    );
    case(Kotlin, "override fun status() = «418»\nfun width() = 400\n");
    case(
        Go,
        "func (e *APIError) StatusCode() int { return «409» }\nfunc (e *APIError) Size() int { return 409 }\n",
    );
    case(
        TypeScript,
        "get status() { return «404»; }\nget size() { return 404; }\n",
    );
}

#[test]
fn members_of_a_status_enum_are_statuses() {
    case(
        TypeScript,
        "enum HttpCode {\n  Ok = «200»,\n  Retired = «299»,\n}\nenum Size {\n  Large = 500,\n}\n",
    );
    case(
        Cpp,
        "enum class HttpStatus { Ok = «200», Legacy = «306» };\nenum Color { Red = 200 };\n",
    );
}

#[test]
fn a_cpp_response_declared_with_its_status() {
    case(
        Cpp,
        "crow::response res(«201»);\nstd::vector<int> v(500);\n",
    );
}

/// Texts built from the pieces that trip lexers and analysers (multi-byte characters next to
/// identifiers, unclosed strings and comments, status-like numbers, keywords of every rule), in
/// every language: the detector returns spans on char boundaries and never panics.
#[test]
fn any_text_in_any_language_is_analysed_without_panicking() {
    const PIECES: &[&str] = &[
        "😀",
        "漢",
        "é",
        "sip",
        "http",
        "code",
        "status",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        "\"",
        "'",
        "`",
        "\"\"\"",
        "/*",
        "*/",
        "#",
        "//",
        "--",
        "<<EOF",
        "\n",
        "\r\n",
        " ",
        "\t",
        "404",
        "200",
        "99999999999",
        "0x1F",
        "1.5",
        "?",
        ":",
        "=",
        "==",
        "=>",
        "->",
        ",",
        ".",
        "::",
        "return",
        "case",
        "switch",
        "match",
        "if",
        "else",
        "enum",
        "def",
        "fun",
        "abort",
        "res",
        "HTTP/1.1",
        "responses:",
        "- ",
        "$",
        "${",
        "@",
        "\\",
        "%{",
        ";",
    ];
    let languages = [
        Python, JavaScript, TypeScript, Go, Rust, Java, Kotlin, Scala, CSharp, Ruby, Php, Elixir,
        Swift, Dart, Lua, Shell, C, Cpp, Yaml, Json, Nginx, Apache, Caddy, Http,
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..3000 {
        let len = 1 + (next() % 40) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect();
        let language = languages[round % languages.len()];
        let panics = super::CAUGHT_PANICS.load(std::sync::atomic::Ordering::Relaxed);
        let found = detect(&text, language);
        assert_eq!(
            super::CAUGHT_PANICS.load(std::sync::atomic::Ordering::Relaxed),
            panics,
            "{language:?} panicked on {text:?}"
        );
        for lit in found {
            assert!(
                text.get(lit.span.clone()).is_some(),
                "{language:?}: span {:?} in {text:?}",
                lit.span
            );
        }
    }
}

#[test]
fn yaml_blocks_whose_children_are_statuses() {
    case(
        Yaml,
        "errors:\n  status:\n    - «\"404\"»\n    - «\"502\"»\n  service: web\n  ports:\n    - 8080\n",
    );
    case(
        Yaml,
        "health:\n  status:\n    http-mapping:\n      down: «503»\n      warning: «500»\n  port: 9464\n",
    );
    case(
        Yaml,
        "status:\n  type: integer\n  minimum: 100\n  maximum: 599\n  example: «404»\ntitle:\n  example: 404\n",
    );
    case(
        Yaml,
        "steps:\n  - run: |\n      code=$(curl -s -w '%{http_code}' \"$URL\")\n      test \"$code\" -eq «200»\n      sleep 300\n  - run: test \"$(curl -s -o /dev/null -w '%{http_code}' x)\" = «\"404\"»\n  - name: wait 500\n",
    );
    case(
        Yaml,
        "script:\n  - test \"$(curl -so /dev/null -w '%{http_code}' $U)\" = «200»\n  - '[ \"$STATUS\" = «201» ]'\n  - sleep 200\n",
    );
}

#[test]
fn test_framework_idioms_around_an_expected_status() {
    // Range assertions delimit a class of statuses; they are not one.
    case(
        CSharp,
        "Assert.InRange(code, 400, 499);\nAssert.Equal(«404», (int)res.StatusCode);\n",
    );
    case(
        JavaScript,
        "expect(res.status).toBeGreaterThanOrEqual(400);\nexpect(res.status).toBe(«201»);\n",
    );
    case(Ruby, "expect(result.status).to be_between(500, 599)\n");
    // Matchers that wrap the expected value.
    case(
        Dart,
        "expect(res.statusCode, equals(«404»));\nexpect(items.length, equals(404));\n",
    );
    case(
        Java,
        "client.get().exchange().expectStatus().isEqualTo(«202»);\n.jsonPath(\"$.status\").isEqualTo(«404»)\n.jsonPath(\"$.total\").isEqualTo(404)\n",
    );
    case(
        Kotlin,
        "status { isEqualTo(«404») }\njsonPath(\"$.status\") { value(«404») }\njsonPath(\"$.count\") { value(404) }\n",
    );
    // Mock servers.
    case(
        Kotlin,
        "server.enqueue(MockResponse().setResponseCode(«409»).setBodyDelay(100, MILLISECONDS))\n",
    );
    case(
        Rust,
        "Mock::given(method(\"GET\")).respond_with(ResponseTemplate::new(«404»)).expect(1)\n",
    );
    case(Python, "return httpx.Response(«httpx.codes.NOT_FOUND»)\n");
    // pytest's parametrize names its status column.
    case(
        Python,
        "@pytest.mark.parametrize(\n    \"status, retried\",\n    [(«500», True), («429», True), («404», 500)],\n)\n@pytest.mark.parametrize(\"size, status_code\", [(500, «413»), pytest.param(200, «200»)])\n[(500, True)]\n",
    );
    case(
        CSharp,
        "Assert.True((int)response.StatusCode is «301» or «308»);\n",
    );
}

#[test]
fn collections_and_tables_of_statuses() {
    case(
        Java,
        "static final Set<Integer> RETRYABLE = Set.of(«502», «503», «504»);\nstatic final Set<Integer> SIZES = Set.of(500, 800);\n",
    );
    case(
        Python,
        "assert RETRYABLE == {«429», «503»}\nassert SIZES == {429, 503}\n",
    );
    case(
        Lua,
        "local BREAKER_STATUSES = { [«502»] = true, [«503»] = true }\nlocal SIZES = { [502] = true }\n",
    );
    case(
        Json,
        "\"status\": { \"type\": \"integer\", \"minimum\": 100, \"maximum\": 599, \"example\": «422» },\n\"count\": { \"example\": 422 }\n",
    );
    case(
        TypeScript,
        "type Problem = { status: ClientErrorStatus | «500» | «502» };\n",
    );
    case(
        TypeScript,
        "return problem('Sign in first', «401»);\nconst code = status === 'unknown' ? 299 : «HttpStatus.OK»;\nres.status(ok ? «HttpStatus.OK» : «404»);\n",
    );
    case(
        Java,
        "return Response.status(«Status.NOT_FOUND»).build();\nthrow new StatusRuntimeException(Status.NOT_FOUND);\n",
    );
    case(
        Cpp,
        "switch (res->status) {\n  case «502»: case «504»:\n    retry();\n}\n",
    );
}

#[test]
fn apache_expressions_and_ingress_snippets() {
    case(
        Apache,
        "Header always set Retry-After \"600\" \"expr=%{REQUEST_STATUS} == «503»\"\n<If \"%{REQUEST_STATUS} in { «'502'», «'504'» }\">\nTimeout 300\n",
    );
    case(
        Yaml,
        "annotations:\n  nginx.ingress.kubernetes.io/server-snippet: |\n    if ($blocked) { return «403»; }\n    client_max_body_size 100m;\n  description: |\n    return 403 for blocked clients\n",
    );
    case(
        Php,
        "return response()->json($b)->header('Retry-After', '120');\nheader('Location: /x', true, «301»);\n",
    );
}

#[test]
fn c_function_bodies_below_their_signature() {
    case(
        C,
        "static int readings_handler(struct mg_connection *conn, void *cbdata)\n{\n    if (bad)\n        return «400»;\n    return «201»;\n}\nstatic int buffer_size(void)\n{\n    return 512;\n}\n",
    );
    case(
        Java,
        "public int getStatusCode()\n{\n    return «503»;\n}\n",
    );
}

#[test]
fn arguments_of_a_status_call_split_over_lines() {
    case(
        Python,
        "abort(\n    «404»,\n    description=f\"no order {order_id}\",\n)\ntime.sleep(\n    500,\n)\n",
    );
    case(
        TypeScript,
        "throw new HttpException(\n  'Quota exceeded for this workspace',\n  «429»,\n);\nsetTimeout(\n  retry,\n  500,\n);\n",
    );
}

#[test]
fn status_lines_in_regex_patterns() {
    case(
        Shell,
        "curl -sI \"$u\" | grep -qE '^HTTP/[0-9.]+ «308»'\ngrep -q 'HTTP/1\\.[01] «200»' out\ngrep -c 'HTTP/2 pushes 300' log\n",
    );
}

#[test]
fn more_framework_idioms() {
    // SvelteKit's bare `error(…)`; a logger's `error` is not it.
    case(
        JavaScript,
        "error(«413», 'Order payload too large');\nlog.error(500, 'x');\n",
    );
    // Playwright's message argument.
    case(
        TypeScript,
        "expect(res.status(), 'should not leak existence').toBe(«404»);\nexpect([«200», «304»]).toContain(second.status());\nexpect([200, 304]).toContain(sizes.length);\n",
    );
    // A function named for the status it computes.
    case(
        Go,
        "func statusFor(err error) int {\n\tswitch {\n\tcase errors.Is(err, ErrGone):\n\t\treturn «410»\n\t}\n\treturn «500»\n}\nfunc statusText() string { return \"x\" }\nfunc statusBarHeight() int { return 200 }\n",
    );
    case(
        Php,
        "throw new HttpException(«self::HTTP_PAYMENT_REQUIRED», 'Settle first');\n",
    );
    // Poco and libevent constants, a C++ cast to a status type.
    case(
        Cpp,
        "resp.setStatus(«HTTPResponse::HTTP_NOT_MODIFIED»);\nresp.setStatus(static_cast<HTTPResponse::HTTPStatus>(«502»));\nauto n = static_cast<int>(502);\n",
    );
    case(C, "evhttp_send_error(req, «HTTP_BADMETHOD», NULL);\n");
    // Lua plugins return a status with a body.
    case(
        Lua,
        "return «401», {message = \"missing credentials\"}\nreturn 30, {}\nreturn 500\n",
    );
    case(Swift, ".serializingData(emptyResponseCodes: [«204»])\n");
    case(
        Swift,
        "switch status {\ncase «401», «403»:\n    return .unauthorized\ncase «404»:\n    return .notFound\n}\n",
    );
    case(
        Yaml,
        "status: {type: integer, minimum: 100, maximum: 599, example: «404»}\n",
    );
    case(
        Yaml,
        "script:\n  - |\n    code=$(curl -s -o /dev/null -w '%{http_code}' \"$URL\")\n    case \"$code\" in\n      «201»|«200») echo ok ;;\n      *) exit 1 ;;\n    esac\n  - sleep 300\n",
    );
}

#[test]
fn go_test_tables_name_their_status_field() {
    case(
        Go,
        "resp, _ := http.Get(u)\ncases := []struct {\n\tname     string\n\tstatuses []int\n\tcalls    int\n}{\n\t{\"retries\", []int{«503», «200»}, 300},\n}\ntests := []struct {\n\tbody string\n\twant int\n\titems int\n}{\n\t{`{}`, «422», 250},\n\t{`x`, «http.StatusOK», 100},\n}\nsizes := []struct {\n\tname string\n\tpx   int\n}{\n\t{\"large\", 500},\n}\n",
    );
}

#[test]
fn collections_handed_to_constructors_and_shell_helpers() {
    case(
        JavaScript,
        "const RETRYABLE = new Set([«502», «503»]);\nconst SIZES = new Set([502, 503]);\n",
    );
    case(
        Shell,
        "expect_code «200» /api/v1/status\nexpect «404» /nope\nchmod 444 /etc/motd\nhead -c 200 /dev/urandom\n",
    );
}

#[test]
fn names_keep_their_meaning_across_word_breaks() {
    // "statuserrors" contains "user", "unprocessable" contains "proc".
    case(Ruby, "STATUS_ERRORS = {\n  «401» => Unauthorized,\n}\n");
    case(
        Php,
        "const HTTP_UNPROCESSABLE = «422»;\nconst USER_STATUS_ACTIVE = 200;\n",
    );
    case(
        Java,
        "static final int SC_UNPROCESSABLE = «422»;\ncase «SC_TOO_MANY_REQUESTS»:\n",
    );
    case(
        CSharp,
        "var kind = (int)response.StatusCode switch\n{\n    «400» or «422» => Kind.Validation,\n    _ => Kind.Other,\n};\n",
    );
    case(
        Swift,
        "switch status {\ncase 200...299, «304»:\n    return true\n}\n",
    );
}
