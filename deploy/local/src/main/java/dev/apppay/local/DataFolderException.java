package dev.apppay.local;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Failure to create or write the data folder. The message names the path, the cause and the fix.
 */
public class DataFolderException extends RuntimeException {

  public DataFolderException(Path dataDir, IOException cause) {
    super(
        "Cannot write to the data folder "
            + dataDir
            + " ("
            + describe(cause)
            + "). Pass --data DIR with a folder you can write to.",
        cause);
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + ": exists and is not a folder";
    }
    return e.getMessage();
  }
}
