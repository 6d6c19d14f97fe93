//! Whole sessions against the real server binary over stdio.

mod common;

use common::{Session, offering, rule_codes};
use serde_json::{Value, json};

const PY: &str = "file:///project/app.py";

const VIEW: &str = "\
from flask import abort
import time

def view(item):
    time.sleep(500)  # 500 here is milliseconds, not a status
    if item is None:
        abort(404)
    abort(418)
";

#[test]
fn negotiates_the_position_encoding_the_client_offers() {
    for (offered, chosen) in [
        (offering(&["utf-16", "utf-8"]), "utf-8"),
        (offering(&["utf-32", "utf-16"]), "utf-32"),
        (offering(&["utf-16"]), "utf-16"),
        (json!({}), "utf-16"),
    ] {
        let (session, result) = Session::initialized(offered.clone(), Value::Null);
        assert_eq!(
            result["capabilities"]["positionEncoding"], chosen,
            "offered {offered}"
        );
        assert_eq!(result["serverInfo"]["name"], "http-status-lsp");
        assert_eq!(
            result["capabilities"]["textDocumentSync"]["change"], 2,
            "incremental sync"
        );
        session.shutdown_and_exit();
    }
}

#[test]
fn diagnostics_carry_the_version_rule_source_and_link() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.open(PY, "python", VIEW);
    let published = session.diagnostics(PY);
    assert_eq!(published["version"], 1);
    assert_eq!(
        rule_codes(&published),
        ["reserved-status"],
        "only 418 is wrong: {published:#}"
    );
    let diagnostic = &published["diagnostics"][0];
    assert_eq!(diagnostic["source"], "http-status");
    assert_eq!(diagnostic["severity"], 2, "warning");
    assert_eq!(
        diagnostic["range"],
        json!({"start": {"line": 7, "character": 10}, "end": {"line": 7, "character": 13}})
    );
    assert!(
        diagnostic["message"]
            .as_str()
            .unwrap()
            .starts_with("418 is reserved"),
        "{diagnostic:#}"
    );
    assert!(
        diagnostic["codeDescription"]["href"]
            .as_str()
            .unwrap()
            .starts_with("https://www.rfc-editor.org/")
    );
    session.shutdown_and_exit();
}

#[test]
fn every_rule_has_its_severity_and_deprecated_is_tagged() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    let text = "abort(600)\nabort(299)\nabort(305)\nabort(306)\nabort(499)\nabort(200)\n\
                abort(HTTPStatus.UNPROCESSABLE_ENTITY)\n";
    session.open(PY, "python", text);
    let published = session.diagnostics(PY);
    let got: Vec<(String, i64, u64)> = published["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_i64().unwrap(),
                d["range"]["start"]["line"].as_u64().unwrap(),
            )
        })
        .collect();
    let want = [
        ("invalid-status", 1, 0),
        ("unassigned-status", 2, 1),
        ("deprecated-status", 2, 2),
        ("reserved-status", 2, 3),
        ("nonstandard-status", 3, 4),
        ("renamed-constant", 4, 6),
    ]
    .map(|(c, s, l)| (c.to_string(), s, l));
    assert_eq!(got, want);
    let renamed = &published["diagnostics"][5];
    assert_eq!(
        renamed["data"],
        json!({ "code": 422, "replacement": "HTTPStatus.UNPROCESSABLE_CONTENT" })
    );
    assert_eq!(
        renamed["range"],
        json!({ "start": { "line": 6, "character": 6 }, "end": { "line": 6, "character": 37 } })
    );
    assert_eq!(
        published["diagnostics"][2]["tags"],
        json!([2]),
        "deprecated tag on 305"
    );
    assert!(
        published["diagnostics"][4]["message"]
            .as_str()
            .unwrap()
            .contains("nginx")
    );
    session.shutdown_and_exit();
}

#[test]
fn hover_explains_status_literals_and_nothing_else() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.open(PY, "python", VIEW);
    session.diagnostics(PY);

    let hover = session.hover(PY, 6, 15); // inside `404`
    let markdown = hover["contents"]["value"].as_str().expect("markdown hover");
    assert_eq!(hover["contents"]["kind"], "markdown");
    assert!(markdown.starts_with("### 404 Not Found"), "{markdown}");
    assert!(markdown.contains("4xx Client Error"), "{markdown}");
    assert!(
        markdown.contains("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"),
        "{markdown}"
    );
    assert_eq!(
        hover["range"],
        json!({"start": {"line": 6, "character": 14}, "end": {"line": 6, "character": 17}})
    );

    assert_eq!(
        session.hover(PY, 4, 16),
        Value::Null,
        "sleep(500) is not a status"
    );
    assert_eq!(
        session.hover(PY, 4, 25),
        Value::Null,
        "a comment is not a status"
    );
    assert_eq!(
        session.hover(PY, 999, 999),
        Value::Null,
        "out of range clamps, no error"
    );
    session.shutdown_and_exit();
}

#[test]
fn completion_offers_codes_only_where_a_status_goes() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    let text = "def view():\n    abort(\n    time.sleep(\n    abort(40\n";
    session.open(PY, "python", text);
    session.diagnostics(PY);

    let items = session.completion(PY, 1, 10);
    let items = items.as_array().expect("a list of items inside abort(");
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(
        labels.contains(&"404") && labels.contains(&"200"),
        "{labels:?}"
    );
    assert!(
        !labels.contains(&"499"),
        "only registered codes are offered"
    );
    let not_found = items.iter().find(|i| i["label"] == "404").unwrap();
    assert_eq!(not_found["detail"], "Not Found");
    assert_eq!(not_found["documentation"]["kind"], "markdown");
    let sort = |code: &str| {
        items.iter().find(|i| i["label"] == code).unwrap()["sortText"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert!(sort("200") < sort("226"), "common codes first");
    assert!(sort("226") < sort("306"), "reserved codes last");
    let reserved = items.iter().find(|i| i["label"] == "306").unwrap();
    assert_eq!(reserved["tags"], json!([1]), "306 is tagged deprecated");

    assert_eq!(
        session.completion(PY, 2, 15),
        Value::Null,
        "nothing in sleep("
    );

    let partial = session.completion(PY, 3, 12);
    let edit = &partial.as_array().unwrap()[0]["textEdit"];
    assert_eq!(
        edit["range"],
        json!({"start": {"line": 3, "character": 10}, "end": {"line": 3, "character": 12}}),
        "replaces the typed `40`"
    );
    session.shutdown_and_exit();
}

#[test]
fn incremental_edits_apply_in_order_in_utf16() {
    let (mut session, _) = Session::initialized(offering(&["utf-16"]), Value::Null);
    // An emoji (two UTF-16 units) and CJK before the status on the same line.
    let text = "x = '😀漢'; abort(404)\n";
    session.open(PY, "python", text);
    assert!(rule_codes(&session.diagnostics_at(PY, 1)).is_empty());

    // Replace `404` (UTF-16 columns 17..20: the emoji is two units) with `418`, then type a new
    // line char by char.
    session.change(PY, 2, json!([{ "range": { "start": {"line": 0, "character": 17}, "end": {"line": 0, "character": 20} }, "text": "418" }]));
    let mut version = 2;
    let typed = "abort(306)";
    for (i, c) in typed.chars().enumerate() {
        version += 1;
        let at = json!({"line": 1, "character": i});
        session.change(
            PY,
            version,
            json!([{ "range": { "start": at, "end": at }, "text": c.to_string() }]),
        );
    }
    let published = session.diagnostics_at(PY, version);
    assert_eq!(
        rule_codes(&published),
        ["reserved-status", "reserved-status"],
        "{published:#}"
    );
    assert_eq!(
        published["diagnostics"][0]["range"]["start"],
        json!({"line": 0, "character": 17})
    );
    assert_eq!(
        published["diagnostics"][1]["range"]["start"],
        json!({"line": 1, "character": 6})
    );
    session.shutdown_and_exit();
}

#[test]
fn utf8_positions_count_bytes() {
    let (mut session, result) = Session::initialized(offering(&["utf-8"]), Value::Null);
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    session.open(PY, "python", "x = '😀'; abort(418)\n");
    let published = session.diagnostics(PY);
    // "x = '😀'; abort(" is 18 bytes: the emoji is four.
    assert_eq!(
        published["diagnostics"][0]["range"]["start"],
        json!({"line": 0, "character": 18})
    );
    let hover = session.hover(PY, 0, 19);
    assert!(hover["contents"]["value"].as_str().unwrap().contains("418"));
    session.shutdown_and_exit();
}

#[test]
fn settings_switch_rules_off_and_allow_codes() {
    let options = json!({ "rules": { "reserved-status": "off" }, "allow": [499] });
    let (mut session, _) = Session::initialized(json!({}), options);
    session.open(PY, "python", "abort(418)\nabort(499)\nabort(299)\n");
    assert_eq!(
        rule_codes(&session.diagnostics_at(PY, 1)),
        ["unassigned-status"]
    );

    session.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": { "httpStatus": { "rules": { "unassigned-status": "error" } } } }),
    );
    let published = session.diagnostics(PY);
    assert_eq!(
        rule_codes(&published),
        ["reserved-status", "nonstandard-status", "unassigned-status"]
    );
    assert_eq!(
        published["diagnostics"][2]["severity"], 1,
        "unassigned is now an error"
    );
    session.shutdown_and_exit();
}

#[test]
fn closing_a_document_clears_its_diagnostics() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.open(PY, "python", "abort(418)\n");
    assert_eq!(rule_codes(&session.diagnostics(PY)).len(), 1);
    session.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": PY } }),
    );
    assert!(rule_codes(&session.diagnostics(PY)).is_empty());
    assert_eq!(session.hover(PY, 0, 7), Value::Null);
    session.shutdown_and_exit();
}

#[test]
fn binary_documents_are_kept_but_not_analysed() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.open(PY, "python", "abort(418)\0\n");
    assert!(rule_codes(&session.diagnostics(PY)).is_empty());
    let log = session.wait_for(|m| m["method"] == "window/logMessage");
    assert!(
        log["params"]["message"]
            .as_str()
            .unwrap()
            .contains("binary"),
        "{log:#}"
    );
    session.shutdown_and_exit();
}

#[test]
fn malformed_messages_get_json_rpc_errors_and_the_server_lives_on() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.send_raw("{ this is not json");
    let error = session.wait_for(|m| m.get("error").is_some());
    assert_eq!(error["error"]["code"], -32700, "parse error: {error:#}");

    let unknown = session.request_raw("textDocument/noSuchMethod", json!({}));
    assert_eq!(
        unknown["error"]["code"], -32601,
        "method not found: {unknown:#}"
    );

    let bad_params = session.request_raw("textDocument/hover", json!({ "textDocument": 42 }));
    assert_eq!(
        bad_params["error"]["code"], -32602,
        "invalid params: {bad_params:#}"
    );

    // A change to a document that is not open, and a range that ends before it starts.
    session.change("file:///nowhere.py", 2, json!([{ "text": "abort(418)" }]));
    session.open(PY, "python", "abort(404)\n");
    session.diagnostics_at(PY, 1);
    session.change(PY, 2, json!([{ "range": { "start": {"line": 0, "character": 9}, "end": {"line": 0, "character": 6} }, "text": "306" }]));
    assert_eq!(
        rule_codes(&session.diagnostics_at(PY, 2)),
        ["reserved-status"]
    );
    session.shutdown_and_exit();
}

#[test]
fn exit_code_is_zero_after_shutdown_and_one_without() {
    let (session, _) = Session::initialized(json!({}), Value::Null);
    assert_eq!(session.shutdown_and_exit().code(), Some(0));

    let (session, _) = Session::initialized(json!({}), Value::Null);
    assert_eq!(session.exit().code(), Some(1));
}

#[test]
fn requests_after_shutdown_are_refused() {
    let (mut session, _) = Session::initialized(json!({}), Value::Null);
    session.request("shutdown", Value::Null);
    let refused = session.request_raw(
        "textDocument/hover",
        json!({ "textDocument": { "uri": PY }, "position": { "line": 0, "character": 0 } }),
    );
    assert_eq!(refused["error"]["code"], -32600, "{refused:#}");
    assert_eq!(session.exit().code(), Some(0));
}

#[test]
fn an_empty_settings_push_keeps_the_initialization_options() {
    let (mut session, _) = Session::initialized(json!({}), json!({ "allow": [418] }));
    session.open(PY, "python", "abort(418)\n");
    assert!(rule_codes(&session.diagnostics_at(PY, 1)).is_empty());
    // eglot sends this on every connect.
    session.notify(
        "workspace/didChangeConfiguration",
        json!({ "settings": {} }),
    );
    session.change(PY, 2, json!([{ "text": "abort(418)\nabort(306)\n" }]));
    assert_eq!(
        rule_codes(&session.diagnostics_at(PY, 2)),
        ["reserved-status"],
        "418 is still allowed; 306 is not"
    );
    session.shutdown_and_exit();
}

#[test]
fn a_renamed_constant_has_a_quick_fix_to_its_new_name() {
    let (mut session, init) = Session::initialized(json!({}), Value::Null);
    assert_eq!(
        init["capabilities"]["codeActionProvider"]["codeActionKinds"],
        json!(["quickfix"])
    );
    let text = "from fastapi import status\n\n\
                raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)\n\
                abort(404)\n";
    session.open(PY, "python", text);
    let published = session.diagnostics(PY);
    let diagnostic = published["diagnostics"][0].clone();
    assert_eq!(diagnostic["code"], "renamed-constant");
    let range = json!({"start": {"line": 2, "character": 0}, "end": {"line": 3, "character": 10}});
    let actions = session.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": PY },
            "range": range,
            "context": { "diagnostics": [diagnostic.clone()] }
        }),
    );
    let actions = actions.as_array().expect("one action");
    assert_eq!(actions.len(), 1, "{actions:#?}");
    let action = &actions[0];
    assert_eq!(
        action["title"],
        "Rename to status.HTTP_422_UNPROCESSABLE_CONTENT"
    );
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["diagnostics"], json!([diagnostic]));
    assert_eq!(
        action["edit"]["changes"][PY],
        json!([{
            "range": {"start": {"line": 2, "character": 32}, "end": {"line": 2, "character": 68}},
            "newText": "status.HTTP_422_UNPROCESSABLE_CONTENT"
        }])
    );
    // Nothing to fix on a plain number.
    let none = session.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": PY },
            "range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 10}},
            "context": { "diagnostics": [] }
        }),
    );
    assert_eq!(none, Value::Null);
    session.shutdown_and_exit();
}
