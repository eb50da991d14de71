//! Password hashing off the threads that serve pages: Argon2id runs on a few dedicated threads
//! of the lowest scheduling priority, behind a bounded queue. A flood of logins then takes
//! only the CPU the pages leave over, and never more than [`MAX_WAITING_HASHES`] wait.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Mutex, OnceLock};

use super::{hash_password, verify_dummy, verify_password};
use crate::error::AppError;

/// How many logins may wait for a hash before more are turned away at once.
const MAX_WAITING_HASHES: usize = 64;

type Job = Box<dyn FnOnce() + Send>;

struct Hashing {
    jobs: mpsc::Sender<Job>,
    /// Jobs sent and not yet started.
    queued: AtomicUsize,
}

/// One hashing thread per two cores, each at nice 19 (Linux), sharing one queue.
fn hashing() -> &'static Hashing {
    static HASHING: OnceLock<Hashing> = OnceLock::new();
    HASHING.get_or_init(|| {
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = std::sync::Arc::new(Mutex::new(queue));
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        for n in 0..(cores / 2).max(1) {
            let queue = queue.clone();
            let started = std::thread::Builder::new()
                .name(format!("password-hashing-{n}"))
                .spawn(move || {
                    // On a busy server the pages keep their speed and logins wait.
                    crate::ssr::lower_thread_priority("password hashing");
                    loop {
                        let job = queue
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner)
                            .recv();
                        let Ok(job) = job else { return };
                        // A panic ends that job only (its caller sees the pool as busy).
                        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job));
                    }
                });
            if let Err(err) = started {
                tracing::error!(error = %err, "could not start a password hashing thread");
            }
        }
        Hashing {
            jobs,
            queued: AtomicUsize::new(0),
        }
    })
}

/// Too many logins are being checked at once: answer "busy" and try again shortly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HashingBusy;

/// Runs `work` (hashing) on a hashing thread and waits for its result.
async fn hash_work<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, HashingBusy> {
    let pool = hashing();
    if pool.queued.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING_HASHES {
        pool.queued.fetch_sub(1, Ordering::SeqCst);
        return Err(HashingBusy);
    }
    let (done, result) = tokio::sync::oneshot::channel();
    let job: Job = Box::new(move || {
        hashing().queued.fetch_sub(1, Ordering::SeqCst);
        let _ = done.send(work());
    });
    if pool.jobs.send(job).is_err() {
        pool.queued.fetch_sub(1, Ordering::SeqCst);
        return Err(HashingBusy);
    }
    result.await.map_err(|_| HashingBusy)
}

/// [`verify_password`] off the async threads (an empty `hash` checks the dummy hash, so an
/// unknown account costs the same work as a known one).
///
/// # Errors
/// [`HashingBusy`] when too many logins are waiting already.
pub async fn verify_password_off_thread(
    hash: Option<String>,
    password: String,
) -> Result<bool, HashingBusy> {
    hash_work(move || match hash {
        Some(hash) => verify_password(&hash, &password),
        None => {
            verify_dummy(&password);
            false
        }
    })
    .await
}

/// [`hash_password`] off the async threads.
///
/// # Errors
/// `Internal` when hashing fails or the queue is full.
pub async fn hash_password_off_thread(password: String) -> Result<String, AppError> {
    hash_work(move || hash_password(&password))
        .await
        .map_err(|HashingBusy| AppError::Internal)?
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One test, because the pool is shared by the whole process: the jobs run at nice 19, and
    /// once every hashing thread is busy and [`MAX_WAITING_HASHES`] jobs wait, the next one is
    /// turned away at once — and the waiting ones all finish once the threads are free.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn hashing_runs_at_the_lowest_priority_behind_a_bounded_queue() {
        #[cfg(target_os = "linux")]
        {
            let nice =
                hash_work(|| rustix::process::getpriority_process(Some(rustix::thread::gettid())))
                    .await
                    .expect("a free pool")
                    .expect("getpriority");
            assert_eq!(nice, 19);
        }

        let threads = std::thread::available_parallelism()
            .map_or(2, std::num::NonZeroUsize::get)
            .div_euclid(2)
            .max(1);
        let (started, started_rx) = std::sync::mpsc::channel();
        let release = std::sync::Arc::new(std::sync::Barrier::new(threads + 1));
        let blockers: Vec<_> = (0..threads)
            .map(|_| {
                let started = started.clone();
                let release = release.clone();
                tokio::spawn(hash_work(move || {
                    started.send(()).expect("test alive");
                    release.wait();
                }))
            })
            .collect();
        for _ in 0..threads {
            started_rx.recv().expect("a blocker started");
        }
        let waiting: Vec<_> = (0..MAX_WAITING_HASHES)
            .map(|n| tokio::spawn(hash_work(move || n)))
            .collect();
        // Every waiting job has been sent before the one that must be refused.
        while hashing().queued.load(Ordering::SeqCst) < MAX_WAITING_HASHES {
            tokio::task::yield_now().await;
        }
        assert_eq!(hash_work(|| 0).await, Err(HashingBusy));
        tokio::task::spawn_blocking(move || release.wait())
            .await
            .expect("released");
        for blocker in blockers {
            blocker.await.expect("joined").expect("ran");
        }
        for (n, job) in waiting.into_iter().enumerate() {
            assert_eq!(job.await.expect("joined"), Ok(n));
        }
    }
}
