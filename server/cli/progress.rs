//! A progress line on stderr for long runs: nothing for the first half second, then the number
//! of files done, redrawn in place, and erased when the run ends. Only for a terminal.

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

const QUIET_START: Duration = Duration::from_millis(500);
const REDRAW: Duration = Duration::from_millis(100);

pub struct Progress {
    stop: Option<mpsc::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Progress {
    /// Starts drawing `done` unless `enabled` is false (stderr is not a terminal, or `--quiet`).
    pub fn start(enabled: bool, done: Arc<AtomicUsize>) -> Progress {
        if !enabled {
            return Progress {
                stop: None,
                thread: None,
            };
        }
        let (stop, stopped) = mpsc::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("progress".into())
            .spawn(move || draw(&stopped, &done))
            .ok();
        Progress {
            stop: Some(stop),
            thread,
        }
    }

    /// Stops drawing and erases the line, before anything else is written to stderr.
    pub fn finish(mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn draw(stopped: &mpsc::Receiver<()>, done: &AtomicUsize) {
    if !matches!(
        stopped.recv_timeout(QUIET_START),
        Err(RecvTimeoutError::Timeout)
    ) {
        return;
    }
    let mut stderr = std::io::stderr();
    loop {
        let _ = write!(
            stderr,
            "\r\x1b[2Kchecking… {} files",
            done.load(Ordering::Relaxed)
        );
        let _ = stderr.flush();
        if !matches!(stopped.recv_timeout(REDRAW), Err(RecvTimeoutError::Timeout)) {
            break;
        }
    }
    let _ = write!(stderr, "\r\x1b[2K");
    let _ = stderr.flush();
}
