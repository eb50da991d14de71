//! Server-only code: application state, database entities and queries.

pub mod accounts;
pub mod audit;
pub mod charter;
pub mod conferences;
pub mod convert;
pub mod dashboard;
pub mod db;
pub mod embargo;
pub mod entities;
pub mod files;
pub mod forms;
pub mod import;
pub mod lists;
pub mod markdown;
pub mod newsroom;
pub mod policy;
pub mod process;
pub mod reconciliation;
pub mod registry;
pub mod signatories;
pub mod signings;
pub mod state;
#[cfg(test)]
pub mod testing;
pub mod toolkit;
pub mod working_group;

pub use state::{app_state, AppState, Clock, SnapshotCache};

/// The calling thread yields to every other one when the CPU is contended (nice 19), for
/// background work (`what`) that must not slow pages down. Failing to lower it changes nothing
/// else, so it is only logged.
pub fn lower_thread_priority(what: &str) {
    #[cfg(target_os = "linux")]
    if let Err(err) = rustix::process::setpriority_process(Some(rustix::thread::gettid()), 19) {
        tracing::warn!(error = %err, work = what, "runs at normal priority");
    }
}
