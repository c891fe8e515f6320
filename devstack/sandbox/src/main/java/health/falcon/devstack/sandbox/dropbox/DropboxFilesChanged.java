package health.falcon.devstack.sandbox.dropbox;

/**
 * Published after an account's files changed (put, delete or reset).
 */
record DropboxFilesChanged(DropboxAccount account) {

}
