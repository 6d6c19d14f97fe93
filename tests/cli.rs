//! The command line, driven through the built binary: every output format on the fixture tree
//! (snapshots), exit codes, skipped and ignored files, and `explain`.
//!
//! The fixture tree, tests/fixtures/cli:
//! - app.py: 418, 600, 299, 305 and 499 in `abort(…)`, and decoys (`time.sleep(500)`, a comment)
//! - web/server.js: `res.status(404)` and, after a non-ASCII string, `res.status(306)`
//! - api/main.go: `w.WriteHeader(500)` and `w.WriteHeader(509)`
//! - binary.py (NUL bytes) and latin1.py (not UTF-8): skipped
//! - .hidden.py and ignored.py (listed in .ignore): not walked into, checked only when named
//! - notes.txt: no known language, never checked
//! - .http-status.toml: pins configuration discovery to the fixture itself

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_http-status-lsp");

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run_in(dir: &Path, args: &[&str]) -> Run {
    run_with(dir, args, &[])
}

fn run_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::null());
    for (key, value) in env {
        command.env(key, value);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("run the binary");
    Run {
        code: status.code().expect("exited normally"),
        stdout: String::from_utf8(stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(stderr).expect("UTF-8 stderr"),
    }
}

fn check(args: &[&str]) -> Run {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    run_in(&fixture(), &all)
}

/// Makes text stable for snapshots: the elapsed time and the version number are replaced.
fn stable(text: &str) -> String {
    let mut out = text.replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    while let Some(at) = out.find(" in ").and_then(|i| {
        let rest = &out[i + 4..];
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(rest.len());
        (digits > 0 && rest[digits..].starts_with('s')).then_some((i + 4, i + 4 + digits + 1))
    }) {
        out.replace_range(at.0..at.1, "[ELAPSED]");
    }
    out
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|err| panic!("not JSON ({err}):\n{text}"))
}

// ---------------------------------------------------------------------------------------------
// Formats

#[test]
fn human_report_on_the_fixture_tree() {
    let run = check(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("check_human", run.stdout);
    insta::assert_snapshot!("check_human_stderr", stable(&run.stderr));
    // Real findings in every language, none from decoys, ignored or hidden files.
    for place in [
        "app.py:7:11:",
        "app.py:11:11:",
        "web/server.js:9:",
        "api/main.go:10:",
    ] {
        assert!(
            run.stdout.contains(place),
            "{place} missing:\n{}",
            run.stdout
        );
    }
    for absent in [
        "app.py:27",
        "app.py:28",
        "ignored.py",
        ".hidden.py",
        "notes.txt",
    ] {
        assert!(
            !run.stdout.contains(absent),
            "{absent} reported:\n{}",
            run.stdout
        );
    }
}

#[test]
fn json_report_follows_the_documented_schema() {
    let run = check(&["--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("check_json", stable(&run.stdout));
    let doc = json(&run.stdout);
    assert_eq!(doc["version"], 1);
    assert_eq!(doc["summary"]["files_scanned"], 3);
    assert_eq!(doc["summary"]["files_skipped"], 2);
    let findings = doc["findings"].as_array().expect("findings");
    let codes: Vec<u64> = findings
        .iter()
        .map(|f| f["code"].as_u64().expect("code"))
        .collect();
    assert_eq!(codes, [509, 418, 600, 299, 305, 499, 306], "{}", run.stdout);
    let teapot = &findings[1];
    assert_eq!(teapot["path"], "app.py");
    assert_eq!(teapot["rule"], "reserved-status");
    assert_eq!(teapot["start"]["line"], 7);
    assert_eq!(teapot["start"]["column"], 11);
    assert_eq!(teapot["end"]["column"], 14);
    // web/server.js line 9: a tab, then "déjà vu" before the literal: columns count
    // characters, offsets count bytes.
    let switch = &findings[6];
    assert_eq!(switch["path"], "web/server.js");
    assert_eq!(switch["literal"], "306");
    let line = "\tconst note = \"déjà vu\"; res.status(";
    assert_eq!(switch["start"]["column"], line.chars().count() + 1);
    let offset = switch["start"]["offset"].as_u64().expect("offset") as usize;
    let source = std::fs::read_to_string(fixture().join("web/server.js")).expect("fixture");
    assert_eq!(&source[offset..offset + 3], "306");
}

#[test]
fn sarif_report_is_sarif_2_1_0_with_rule_metadata() {
    let run = check(&["--format", "sarif"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("check_sarif", stable(&run.stdout));
    let log: serde_sarif::sarif::Sarif =
        serde_json::from_str(&run.stdout).expect("a SARIF log serde-sarif accepts");
    assert_eq!(log.version, serde_json::json!("2.1.0"));
    let run0 = &log.runs[0];
    let rules = run0.tool.driver.rules.as_ref().expect("rules");
    let ids: Vec<&str> = rules.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "invalid-status",
            "unassigned-status",
            "deprecated-status",
            "reserved-status",
            "nonstandard-status",
            "renamed-constant"
        ]
    );
    for rule in rules {
        assert!(rule.short_description.is_some(), "{}", rule.id);
        assert!(rule.full_description.is_some(), "{}", rule.id);
        assert!(
            rule.help_uri
                .as_deref()
                .is_some_and(|u| u.starts_with("https://")),
            "{}",
            rule.id
        );
        assert!(rule.help.is_some(), "{}", rule.id);
        assert!(rule.default_configuration.is_some(), "{}", rule.id);
    }
    let results = run0.results.as_ref().expect("results");
    assert_eq!(results.len(), 7);
    for result in results {
        let index = result.rule_index.expect("ruleIndex") as usize;
        assert_eq!(result.rule_id.as_deref(), Some(ids[index]));
        let location = result.locations.as_ref().expect("locations")[0]
            .physical_location
            .as_ref()
            .expect("physical location");
        let uri = location
            .artifact_location
            .as_ref()
            .and_then(|a| a.uri.as_deref());
        assert!(
            uri.is_some_and(|u| !u.starts_with('/') && !u.contains('\\')),
            "{uri:?}"
        );
        let region = location.region.as_ref().expect("region");
        assert!(region.start_line.is_some() && region.start_column.is_some());
    }
}

#[test]
fn github_report_is_workflow_commands() {
    let run = check(&["--format", "github"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    insta::assert_snapshot!("check_github", run.stdout);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 7, "{}", run.stdout);
    assert!(lines.iter().all(|l| l.starts_with("::")), "{}", run.stdout);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "::error file=app.py,line=11,endLine=11,col=11,endColumn=14,title=http-status (invalid-status)::600 is not"
        )),
        "{}",
        run.stdout
    );
    assert!(lines.iter().any(|l| l.starts_with("::notice file=app.py,")));
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let one = check(&["--format", "json", "-j", "1"]);
    let many = check(&["--format", "json", "-j", "8"]);
    assert_eq!(one.stdout, many.stdout);
    assert!(!one.stdout.is_empty());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    // stdout is a pipe here, so `auto` means no colour.
    assert!(!check(&[]).stdout.contains('\x1b'));
    let forced = run_with(
        &fixture(),
        &["check", "--color", "always"],
        &[("NO_COLOR", "1")],
    );
    assert!(forced.stdout.contains("\x1b["), "{}", forced.stdout);
    assert!(!forced.stderr.contains('\x1b'));
}

// ---------------------------------------------------------------------------------------------
// Exit codes

#[test]
fn fail_on_sets_the_threshold() {
    assert_eq!(check(&["--fail-on", "error"]).code, 1); // 600 is an error
    assert_eq!(check(&["--fail-on", "never"]).code, 0);
    let tree = tempfile::tempdir().expect("temp dir");
    std::fs::write(tree.path().join("a.py"), "abort(499)\n").expect("write");
    let at = |fail_on: &str| run_in(tree.path(), &["check", "--fail-on", fail_on]).code;
    assert_eq!(
        run_in(tree.path(), &["check"]).code,
        0,
        "499 is information"
    );
    assert_eq!(at("warning"), 0);
    assert_eq!(at("information"), 1);
    assert_eq!(at("hint"), 1);
    assert_eq!(run_in(tree.path(), &["check", "--fail-on", "loud"]).code, 2);
}

#[test]
fn a_clean_tree_exits_zero() {
    let tree = tempfile::tempdir().expect("temp dir");
    std::fs::write(tree.path().join("ok.py"), "abort(404)\ntime.sleep(600)\n").expect("write");
    let run = run_in(tree.path(), &["check"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
    assert!(
        stable(&run.stderr).starts_with("Checked 1 file in [ELAPSED]: 0 errors"),
        "{}",
        run.stderr
    );
}

#[test]
fn renamed_constants_get_a_hint_with_the_new_name() {
    let tree = tempfile::tempdir().expect("temp dir");
    let py = "from fastapi import status\n\
              raise HTTPException(status_code=status.HTTP_422_UNPROCESSABLE_ENTITY)\n\
              abort(HTTPStatus.NOT_FOUND)\n";
    std::fs::write(tree.path().join("api.py"), py).expect("write");
    let drf = "from rest_framework import status\n\
               return Response(status=status.HTTP_422_UNPROCESSABLE_ENTITY)\n";
    std::fs::write(tree.path().join("drf.py"), drf).expect("write");
    std::fs::write(tree.path().join("c.rb"), "head :payload_too_large\n").expect("write");
    let run = run_in(tree.path(), &["check", "--format", "json", "-j", "1"]);
    // Hints do not fail the run.
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = json(&run.stdout);
    let findings: Vec<(String, String, String)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let field = |k: &str| f[k].as_str().unwrap_or("").to_string();
            (field("rule"), field("message"), field("replacement"))
        })
        .collect();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    assert!(
        findings
            .iter()
            .all(|(rule, _, _)| rule == "renamed-constant")
    );
    let messages: Vec<&str> = findings.iter().map(|(_, m, _)| m.as_str()).collect();
    let fixes: Vec<&str> = findings.iter().map(|(_, _, r)| r.as_str()).collect();
    // Sorted by path: api.py, then c.rb; drf.py has none.
    assert_eq!(
        fixes,
        [
            "status.HTTP_422_UNPROCESSABLE_CONTENT",
            ":content_too_large"
        ]
    );
    assert!(
        messages.contains(
            &"Starlette (and FastAPI's status module) renamed status.HTTP_422_UNPROCESSABLE_ENTITY \
              to status.HTTP_422_UNPROCESSABLE_CONTENT (Starlette 0.48); the old name is deprecated."
        ),
        "{messages:#?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains(":payload_too_large to :content_too_large")),
        "{messages:#?}"
    );
}

#[test]
fn usage_errors_exit_two() {
    for args in [
        &["check", "--no-such-flag"][..],
        &["check", "--format", "xml"],
        &["no-such-command"],
        &["explain"],
    ] {
        let run = run_in(&fixture(), args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("error"), "{args:?}: {}", run.stderr);
        assert_eq!(run.stdout, "", "{args:?}");
    }
}

#[test]
fn help_and_version_exit_zero_on_stdout() {
    let help = run_in(&fixture(), &["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("Examples:"), "{}", help.stdout);
    assert!(help.stdout.contains("check"), "{}", help.stdout);
    let version = run_in(&fixture(), &["--version"]);
    assert_eq!(version.code, 0);
    assert_eq!(
        version.stdout.trim(),
        concat!("http-status-lsp ", env!("CARGO_PKG_VERSION"))
    );
    let check_help = run_in(&fixture(), &["check", "--help"]);
    assert!(
        check_help.stdout.contains("--fail-on"),
        "{}",
        check_help.stdout
    );
}

#[test]
fn a_missing_path_is_an_error_after_the_rest_is_checked() {
    let run = check(&["does-not-exist", "app.py"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stdout.contains("app.py:11:11:"), "{}", run.stdout);
    assert!(
        run.stderr
            .contains("error: does-not-exist: No such file or directory"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 path not found"), "{}", run.stderr);
}

#[test]
fn configuration_is_read_and_its_errors_exit_two() {
    let tree = tempfile::tempdir().expect("temp dir");
    let root = tree.path();
    std::fs::create_dir(root.join("src")).expect("mkdir");
    std::fs::write(root.join("src/a.py"), "abort(418)\nabort(600)\n").expect("write");

    let run = run_in(root, &["check", "--format", "json", "src"]);
    assert_eq!(json(&run.stdout)["summary"]["findings"]["total"], 2);

    // Found above the checked path, from the current directory.
    std::fs::write(
        root.join(".http-status.toml"),
        "allow = [418]\n[rules]\ninvalid-status = \"hint\"\n",
    )
    .expect("write");
    let run = run_in(root, &["check", "--format", "json", "src"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = json(&run.stdout);
    assert_eq!(doc["summary"]["findings"]["total"], 1);
    assert_eq!(doc["findings"][0]["severity"], "hint");
    // …and from elsewhere: it belongs to the checked path, not to the current directory.
    let run = run_in(
        &fixture(),
        &[
            "check",
            "--format",
            "json",
            &root.join("src").to_string_lossy(),
        ],
    );
    assert_eq!(json(&run.stdout)["summary"]["findings"]["total"], 1);

    std::fs::write(
        root.join(".http-status.toml"),
        "[rules]\ninvalid-status = \"loud\"\n",
    )
    .expect("write");
    let run = run_in(root, &["check", "src"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.contains(".http-status.toml"), "{}", run.stderr);

    let run = run_in(root, &["check", "--config", "nowhere.toml", "src"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nowhere.toml"), "{}", run.stderr);

    std::fs::write(
        root.join(".http-status.toml"),
        "[rules]\nno-such-rule = \"off\"\n",
    )
    .expect("write");
    let run = run_in(root, &["check", "src"]);
    assert_eq!(run.code, 1, "an unknown rule is a warning, not an error");
    assert!(run.stderr.contains("warning:") && run.stderr.contains("no-such-rule"));
}

// ---------------------------------------------------------------------------------------------
// What is checked

#[test]
fn binary_and_non_utf8_files_are_skipped_and_counted() {
    let run = check(&[]);
    assert!(run.stderr.contains("skipped 2 files"), "{}", run.stderr);
    assert!(
        !run.stderr.contains("binary.py"),
        "listed only with --verbose"
    );
    let run = check(&["--verbose"]);
    let stderr = stable(&run.stderr);
    insta::assert_snapshot!("check_verbose_stderr", stderr);
    assert!(
        stderr.contains("skipped binary.py: it looks binary"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped latin1.py: it is not valid UTF-8"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("ignored.py") && !stderr.contains(".hidden.py"),
        "{stderr}"
    );
}

#[test]
fn files_over_the_size_limit_are_skipped_without_being_read() {
    let tree = tempfile::tempdir().expect("temp dir");
    let huge = std::fs::File::create(tree.path().join("huge.py")).expect("create");
    // Sparse: 16 MiB and one byte of nothing, cheap to make.
    huge.set_len(16 * 1024 * 1024 + 1).expect("set_len");
    std::fs::write(tree.path().join("small.py"), "abort(600)\n").expect("write");
    let run = run_in(tree.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let doc = json(&run.stdout);
    assert_eq!(doc["summary"]["files_scanned"], 1);
    assert_eq!(doc["skipped"][0]["path"], "huge.py");
    assert_eq!(doc["skipped"][0]["reason"], "too-large");
    assert_eq!(
        doc["skipped"][0]["detail"],
        "it is over the 16 MiB limit (16777217 bytes)"
    );
}

#[cfg(unix)]
#[test]
fn a_named_file_that_is_not_a_regular_file_is_skipped() {
    // Reading a device (or a FIFO) could block or never end.
    let tree = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink("/dev/zero", tree.path().join("zero.py")).expect("symlink");
    let run = run_in(tree.path(), &["check", "--format", "json", "zero.py"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = json(&run.stdout);
    assert_eq!(doc["summary"]["files_scanned"], 0);
    assert_eq!(doc["skipped"][0]["reason"], "unreadable");
    assert_eq!(
        doc["skipped"][0]["detail"],
        "it cannot be read: it is not a regular file"
    );
}

#[test]
fn ignored_and_hidden_files_are_checked_only_when_asked() {
    let walked = check(&["--format", "json"]);
    let paths = |run: &Run| -> Vec<String> {
        json(&run.stdout)["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["path"].as_str().expect("path").to_string())
            .collect()
    };
    assert!(
        !paths(&walked)
            .iter()
            .any(|p| p == "ignored.py" || p == ".hidden.py")
    );

    let named = check(&["--format", "json", "ignored.py", ".hidden.py"]);
    // Sorted by path, like everything else.
    assert_eq!(paths(&named), [".hidden.py", "ignored.py"]);
    assert_eq!(json(&named.stdout)["summary"]["files_scanned"], 2);

    assert!(paths(&check(&["--format", "json", "--hidden"])).contains(&".hidden.py".to_string()));
    assert!(
        paths(&check(&["--format", "json", "--no-ignore"])).contains(&"ignored.py".to_string())
    );
}

#[test]
fn gitignore_is_respected_outside_a_git_checkout() {
    let tree = tempfile::tempdir().expect("temp dir");
    let root = tree.path();
    std::fs::create_dir(root.join("build")).expect("mkdir");
    std::fs::write(root.join(".gitignore"), "build/\n").expect("write");
    std::fs::write(root.join("build/gen.py"), "abort(600)\n").expect("write");
    std::fs::write(root.join("main.py"), "abort(600)\n").expect("write");
    let run = run_in(root, &["check", "--format", "json"]);
    let doc = json(&run.stdout);
    assert_eq!(doc["summary"]["files_scanned"], 1, "{}", run.stdout);
    assert_eq!(doc["findings"][0]["path"], "main.py");
}

#[test]
fn files_of_no_known_language_are_not_counted() {
    let run = check(&["--verbose", "notes.txt"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr
            .contains("not checked notes.txt: no known language"),
        "{}",
        run.stderr
    );
    assert!(
        stable(&run.stderr).contains("Checked 0 files"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_file_named_twice_is_reported_once() {
    let run = check(&["--format", "json", "app.py", ".", "./app.py"]);
    let doc = json(&run.stdout);
    let in_app = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["path"] == "app.py")
        .count();
    assert_eq!(in_app, 5, "{}", run.stdout);
}

// ---------------------------------------------------------------------------------------------
// explain

fn explain(args: &[&str]) -> Run {
    let mut all = vec!["explain"];
    all.extend_from_slice(args);
    run_in(&fixture(), &all)
}

#[test]
fn explain_each_kind_of_code() {
    for (code, first_line) in [
        ("404", "404 Not Found"),
        ("306", "306 (Unused)"),
        ("499", "499 (non-standard)"),
        ("299", "299 (unassigned)"),
        ("600", "600 (not an HTTP status code)"),
    ] {
        let run = explain(&[code]);
        assert_eq!(run.code, 0, "{code}: {}", run.stderr);
        assert_eq!(run.stdout.lines().next(), Some(first_line));
        assert!(
            !run.stdout.contains("**") && !run.stdout.contains('\x1b'),
            "{code}"
        );
        assert!(
            run.stdout
                .lines()
                .all(|l| l.chars().count() <= 80 || l.contains("https://")),
            "{code} is not wrapped to 80 columns:\n{}",
            run.stdout
        );
        insta::assert_snapshot!(format!("explain_{code}"), run.stdout);
    }
}

#[test]
fn explain_list_of_a_class() {
    let run = explain(&["--list", "4xx"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    insta::assert_snapshot!("explain_list_4xx", run.stdout);
    assert!(run.stdout.lines().skip(1).all(|l| l.starts_with('4')));
    let all = explain(&["--list"]);
    assert!(all.stdout.lines().any(|l| l.starts_with("100 ")));
    assert!(all.stdout.lines().any(|l| l.starts_with("511 ")));
}

#[test]
fn explain_rejects_what_is_not_a_code() {
    let run = explain(&["teapot"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`teapot` is not a number"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stdout, "");
    let run = explain(&["--list", "6xx"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("`6xx` is not a class"),
        "{}",
        run.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// serve

#[test]
fn serve_runs_the_language_server_until_stdin_closes() {
    // Without `shutdown` and `exit` the specification asks for status 1.
    for args in [&["serve"][..], &[]] {
        let output = Command::new(BIN)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("run the server");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}
