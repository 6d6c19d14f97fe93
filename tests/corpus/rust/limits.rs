//! Tunables for the notes service, read from the environment with these defaults.

use std::time::Duration;

pub struct Limits {
    pub max_connections: u32,
    pub request_timeout: Duration,
    pub idle_timeout: Duration,
    pub body_limit: usize,
    pub page_size: usize,
    pub retry_backoff: [u64; 4],
    pub thumbnail_px: [u32; 3],
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_connections: 256,
            request_timeout: Duration::from_millis(500),
            idle_timeout: Duration::from_secs(300),
            body_limit: 100 * 1024,
            page_size: 100,
            retry_backoff: [100, 200, 400, 800],
            thumbnail_px: [128, 256, 512],
        }
    }
}

/// Reads `NOTES_PAGE_SIZE` and friends; values outside 1..=500 fall back to the default.
pub fn from_env() -> Limits {
    let mut l = Limits::default();
    if let Some(n) = env_usize("NOTES_PAGE_SIZE").filter(|n| (1..=500).contains(n)) {
        l.page_size = n;
    }
    if let Some(ms) = env_usize("NOTES_TIMEOUT_MS").filter(|&ms| ms >= 100 && ms <= 600) {
        l.request_timeout = Duration::from_millis(ms as u64);
    }
    l
}

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok()?.parse().ok()
}

pub fn percentile(sorted: &[u64], p: u32) -> u64 {
    let idx = (sorted.len().saturating_sub(1) as u64 * u64::from(p) / 100) as usize;
    sorted[idx]
}

pub const EXIT_CONFIG: i32 = 78;
pub const HEADER_MAX: usize = 8 * 1024;
pub const SHARDS: usize = 128;
pub const VERSION: &str = "0.404.1";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn p99_of_a_sorted_run() {
        let v: Vec<u64> = (0..1000).collect();
        assert_eq!(percentile(&v, 99), 989);
        assert_eq!(percentile(&v, 50), 499);
        assert_eq!(Limits::default().page_size, 100);
        assert_eq!(Limits::default().max_connections, 256);
    }
}
