package io.chargeway.contract.command;

/**
 * Remote firmware update over FTP (0x94), answered by 0x93.
 *
 * @param pileNo                 the pile
 * @param dc                     pile model: DC (true) or AC
 * @param powerKw                pile power
 * @param host                   FTP server address (at most 16 characters)
 * @param port                   FTP port
 * @param user                   FTP user (at most 16 characters)
 * @param password               FTP password (at most 16 characters)
 * @param path                   file path (at most 32 characters)
 * @param whenIdle               update when idle rather than at once
 * @param downloadTimeoutMinutes download timeout
 */
public record UpdateFirmware(String pileNo, boolean dc, int powerKw, String host, int port, String user, String password,
                             String path, boolean whenIdle, int downloadTimeoutMinutes) implements PileCommand {
}
