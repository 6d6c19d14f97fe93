//! Framing and validation between the client's byte stream and the protocol layer.
//!
//! tower-lsp-server stops reading its input at the first message it cannot decode (tokio-util's
//! `FramedRead` ends the stream after a decoder error), so one malformed message would end the
//! session. This relay reads the client's frames itself and hands the protocol layer only those
//! that decode as JSON-RPC messages; every other one gets a JSON-RPC error response, merged into
//! the output between whole frames.

use tokio::io::{
    AsyncBufRead, AsyncBufReadExt, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader,
};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Error, Id, Request, Response};

/// Larger messages are refused (and skipped) rather than buffered.
const MAX_MESSAGE_BYTES: usize = 1 << 30;

/// One frame read from a stream.
#[derive(Debug, PartialEq, Eq)]
pub enum Frame {
    Body(Vec<u8>),
    /// A header block that names no usable length, or a body over the limit (skipped).
    Bad(String),
}

/// Reads the next frame; `None` at the end of the stream.
pub async fn read_frame(input: &mut (impl AsyncBufRead + Unpin)) -> Option<Frame> {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if input.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank lines between frames
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = Some(
                value
                    .trim()
                    .parse::<usize>()
                    .map_err(|_| format!("bad Content-Length header {:?}", value.trim())),
            );
        }
    }
    match length {
        None => Some(Frame::Bad(
            "a header block without Content-Length".to_string(),
        )),
        Some(Err(err)) => Some(Frame::Bad(err)),
        Some(Ok(length)) if length > MAX_MESSAGE_BYTES => {
            let mut rest = input.take(length as u64);
            tokio::io::copy(&mut rest, &mut tokio::io::sink())
                .await
                .ok()?;
            Some(Frame::Bad(format!(
                "a message of {length} bytes, over the {MAX_MESSAGE_BYTES}-byte limit"
            )))
        }
        Some(Ok(length)) => {
            let mut body = vec![0; length];
            input.read_exact(&mut body).await.ok()?;
            Some(Frame::Body(body))
        }
    }
}

/// Writes one frame.
pub async fn write_frame(
    output: &mut (impl AsyncWrite + Unpin),
    body: &[u8],
) -> std::io::Result<()> {
    output
        .write_all(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes())
        .await?;
    output.write_all(body).await?;
    output.flush().await
}

/// What to do with a frame from the client: pass it on, or answer it with an error.
pub fn validate(frame: Frame) -> Result<Vec<u8>, Response> {
    let body = match frame {
        Frame::Body(body) => body,
        Frame::Bad(why) => return Err(error_response(Id::Null, Error::parse_error(), &why)),
    };
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(value) => value,
        Err(err) => {
            return Err(error_response(
                Id::Null,
                Error::parse_error(),
                &err.to_string(),
            ));
        }
    };
    let decodes = serde_json::from_value::<Request>(value.clone()).is_ok()
        || serde_json::from_value::<Response>(value.clone()).is_ok();
    if decodes {
        return Ok(body);
    }
    let id = value
        .get("id")
        .and_then(|id| serde_json::from_value::<Id>(id.clone()).ok())
        .unwrap_or(Id::Null);
    Err(error_response(
        id,
        Error::invalid_request(),
        "not a JSON-RPC 2.0 request, notification or response",
    ))
}

fn error_response(id: Id, mut error: Error, detail: &str) -> Response {
    error.data = Some(serde_json::Value::String(detail.to_string()));
    Response::from_error(id, error)
}

/// Relays the client's frames from `input` to `server`, answering invalid ones on `errors`.
pub async fn relay_input(
    input: impl tokio::io::AsyncRead + Unpin,
    mut server: impl AsyncWrite + Unpin,
    errors: mpsc::UnboundedSender<Response>,
) {
    let mut input = BufReader::new(input);
    while let Some(frame) = read_frame(&mut input).await {
        match validate(frame) {
            Ok(body) => {
                if write_frame(&mut server, &body).await.is_err() {
                    break;
                }
            }
            Err(response) => {
                if errors.send(response).is_err() {
                    break;
                }
            }
        }
    }
    // Dropping `server` closes the protocol layer's input: the end of the session.
}

/// Copies the protocol layer's frames from `server` to `output`, with the relay's error
/// responses merged in between whole frames. Ends when the protocol layer closes its output.
pub async fn relay_output(
    server: impl tokio::io::AsyncRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
    mut errors: mpsc::UnboundedReceiver<Response>,
) {
    let mut server = BufReader::new(server);
    let mut errors_open = true;
    loop {
        tokio::select! {
            frame = read_frame(&mut server) => match frame {
                Some(Frame::Body(body)) => {
                    if write_frame(&mut output, &body).await.is_err() {
                        return;
                    }
                }
                Some(Frame::Bad(_)) => {}
                None => return,
            },
            response = errors.recv(), if errors_open => match response {
                Some(response) => {
                    let body = serde_json::to_vec(&response).unwrap_or_default();
                    if write_frame(&mut output, &body).await.is_err() {
                        return;
                    }
                }
                None => errors_open = false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = BufReader::new(input);
        let mut found = Vec::new();
        while let Some(frame) = read_frame(&mut reader).await {
            found.push(frame);
        }
        found
    }

    #[tokio::test]
    async fn reads_frames_with_any_header_case_and_content_type() {
        let input = b"content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}Content-Length: 3\r\n\r\n[1]";
        assert_eq!(
            frames(input).await,
            vec![Frame::Body(b"{}".to_vec()), Frame::Body(b"[1]".to_vec())]
        );
    }

    #[tokio::test]
    async fn a_header_block_without_length_is_bad_and_reading_goes_on() {
        let input = b"X-Junk: 1\r\n\r\nContent-Length: 2\r\n\r\n{}";
        let got = frames(input).await;
        assert!(matches!(got[0], Frame::Bad(_)));
        assert_eq!(got[1], Frame::Body(b"{}".to_vec()));
    }

    #[test]
    fn validation_answers_what_the_protocol_layer_cannot_decode() {
        let ok = br#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#;
        assert!(validate(Frame::Body(ok.to_vec())).is_ok());
        let note = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        assert!(validate(Frame::Body(note.to_vec())).is_ok());

        let parse = validate(Frame::Body(b"{ nope".to_vec())).unwrap_err();
        assert_eq!(parse.error().map(|e| e.code.code()), Some(-32700));
        let shape = validate(Frame::Body(br#"{"id":7,"hello":1}"#.to_vec())).unwrap_err();
        assert_eq!(shape.error().map(|e| e.code.code()), Some(-32600));
        assert_eq!(shape.id(), &Id::Number(7));
    }
}
