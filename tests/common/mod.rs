//! What the integration tests share: running the `summit-cards` command.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the command with `args`, `stdin` as its input, and returns what it printed.
pub fn run_cli(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_summit-cards"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    // A command that fails on its arguments exits without reading its input: the pipe is then
    // closed, which is no error of the test.
    if let Err(e) = child.stdin.take().expect("stdin").write_all(stdin) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().expect("the binary ends")
}
