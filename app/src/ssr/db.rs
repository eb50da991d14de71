//! Database helpers every write uses: a write transaction, and serialising one kind of write
//! across app servers (a PostgreSQL advisory lock; SQLite writes are serial anyway).

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, SqliteTransactionMode,
    TransactionOptions, TransactionTrait,
};

/// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`),
/// so two writers queue on the busy timeout instead of failing when a read upgrades to a write.
///
/// # Errors
/// Database errors.
pub async fn begin_write(db: &DatabaseConnection) -> Result<DatabaseTransaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        isolation_level: None,
        // No explicit READ WRITE: a PostgreSQL database made read-only
        // (`default_transaction_read_only`) then refuses the write, which becomes a 503.
        access_mode: None,
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
    })
    .await
}

/// Keys of the PostgreSQL advisory locks that serialise writes which must see each other.
pub mod locks {
    /// Staff accounts: accepting an invitation, role changes, disabling (one admin must remain).
    pub const STAFF: i64 = 0x1cc_0001;
    /// Drafting a release from a signing (one draft per signing unless staff ask for another).
    pub const RELEASE_DRAFTS: i64 = 0x1cc_0002;
    /// The record: filling a statement's gap with unidentified signatories (once per gap).
    pub const RECORD: i64 = 0x1cc_0003;
}

/// Serialises one kind of write across every app server, until the transaction ends: on
/// PostgreSQL a transaction-scoped advisory lock; on SQLite write transactions begin
/// `IMMEDIATE`, so they are serial already.
///
/// # Errors
/// Database errors.
pub async fn serialize<C: ConnectionTrait>(txn: &C, key: i64) -> Result<(), DbErr> {
    if txn.get_database_backend() == sea_orm::DbBackend::Postgres {
        txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({key})"))
            .await?;
    }
    Ok(())
}
