//! A tantivy directory that reads files with positioned reads instead of memory maps, for
//! whole-index scans (`export`, `compare`).
//!
//! Why: tantivy's default `MmapDirectory` maps every index file; a scan that reads every stored
//! item pages the whole doc store into the process (its RSS then grows with the index, although
//! those pages are only page cache). Reading each block with `pread` keeps the resident memory
//! of a scan flat. tantivy has such a file handle internally but does not export it, so the few
//! lines are written here. Everything except opening files for reading is delegated to the
//! mmap directory. Searches keep the mmap directory, which is faster for random access.

use std::fs::File;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tantivy::Directory;
use tantivy::directory::error::{DeleteError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    DirectoryLock, FileHandle, Lock, MmapDirectory, OwnedBytes, WatchCallback, WatchHandle,
    WritePtr,
};

/// See the module docs.
#[derive(Debug, Clone)]
pub struct ScanDirectory {
    root: PathBuf,
    inner: MmapDirectory,
}

impl ScanDirectory {
    /// Opens the directory at `root`.
    pub fn open(root: &Path) -> tantivy::Result<ScanDirectory> {
        Ok(ScanDirectory {
            root: root.to_owned(),
            inner: MmapDirectory::open(root)?,
        })
    }
}

#[derive(Debug)]
struct PreadFile {
    file: File,
    len: usize,
}

impl tantivy::HasLen for PreadFile {
    fn len(&self) -> usize {
        self.len
    }
}

impl FileHandle for PreadFile {
    fn read_bytes(&self, range: Range<usize>) -> io::Result<OwnedBytes> {
        use std::os::unix::fs::FileExt;
        let end = range.end.min(self.len);
        let start = range.start.min(end);
        let mut buf = vec![0u8; end - start];
        self.file.read_exact_at(&mut buf, start as u64)?;
        Ok(OwnedBytes::new(buf))
    }
}

impl Directory for ScanDirectory {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        let full = self.root.join(path);
        let file = File::open(&full).map_err(|e| {
            if e.kind() == io::ErrorKind::NotFound {
                OpenReadError::FileDoesNotExist(path.to_owned())
            } else {
                OpenReadError::wrap_io_error(e, path.to_owned())
            }
        })?;
        let len = file
            .metadata()
            .map_err(|e| OpenReadError::wrap_io_error(e, path.to_owned()))?
            .len() as usize;
        Ok(Arc::new(PreadFile { file, len }))
    }
    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }
    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }
    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }
    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        self.inner.atomic_read(path)
    }
    fn atomic_write(&self, path: &Path, data: &[u8]) -> io::Result<()> {
        self.inner.atomic_write(path, data)
    }
    fn sync_directory(&self) -> io::Result<()> {
        self.inner.sync_directory()
    }
    fn acquire_lock(
        &self,
        lock: &Lock,
    ) -> Result<DirectoryLock, tantivy::directory::error::LockError> {
        self.inner.acquire_lock(lock)
    }
    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}
