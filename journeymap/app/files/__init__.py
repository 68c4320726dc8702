"""Journey files in the editor: new, open (big files on a worker thread), save, save as, New from template or
sample, the questions and notices of the file guards, and restoring after a crash."""
