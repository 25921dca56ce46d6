using System.Security.Cryptography;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace KejaksaanDatun.Core.Attachments;

/// <summary>Where attached files are kept, outside the web root, under keys of its own choosing.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the content completely or not at all and returns its new key.</summary>
    Task<string> SaveAsync(byte[] content, AttachmentKind kind, CancellationToken ct);

    Stream OpenRead(string key);

    /// <summary>Removes a file whose row could not be saved.</summary>
    void Delete(string key);
}

/// <summary>
/// Files in a folder on disk: <c>ab/ab12…ef.pdf</c>, the key being 32 random hex digits and the extension of the
/// detected kind. A file is written under a temporary name and moved into place once complete, so a failed or
/// interrupted upload never leaves a half-written file under a key.
/// </summary>
public sealed class FileSystemAttachmentStore(string directory) : IAttachmentStore
{
    public const string DirectoryKey = "Attachments:Directory";
    private const string TempFolder = ".tmp";

    public string Directory { get; } = Path.GetFullPath(directory);

    /// <summary>
    /// <c>Attachments:Directory</c> when set; otherwise a <c>lampiran</c> folder next to the SQLite file
    /// (<c>data/lampiran</c> with the default connection string), or <c>data/lampiran</c> under the working folder on SQL Server.
    /// </summary>
    public static FileSystemAttachmentStore From(IConfiguration configuration, DatabaseSettings database)
    {
        var configured = configuration[DirectoryKey];
        if (!string.IsNullOrWhiteSpace(configured)) return new FileSystemAttachmentStore(configured);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            if (!string.IsNullOrEmpty(file) && file != ":memory:")
                return new FileSystemAttachmentStore(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", "lampiran"));
        }
        return new FileSystemAttachmentStore(Path.Combine("data", "lampiran"));
    }

    public async Task<string> SaveAsync(byte[] content, AttachmentKind kind, CancellationToken ct)
    {
        var key = RandomNumberGenerator.GetHexString(32, lowercase: true) + AttachmentLabels.Extension(kind);
        var target = PathOf(key);
        var temp = Path.Combine(Directory, TempFolder, Path.GetRandomFileName());
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(temp)!);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await file.WriteAsync(content, ct);
                await file.FlushAsync(ct);
            }
            File.Move(temp, target);
        }
        finally
        {
            File.Delete(temp);
        }
        return key;
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string key) => File.Delete(PathOf(key));

    /// <summary>Keys come from the database, but a key that is not one this store made never leads outside its folder.</summary>
    private string PathOf(string key)
    {
        var dot = key.IndexOf('.');
        if (dot != 32 || !key[..dot].All(char.IsAsciiHexDigitLower) || !key[(dot + 1)..].All(char.IsAsciiLetterLower))
            throw new ArgumentException("Kunci berkas lampiran tidak sah.", nameof(key));
        return Path.Combine(Directory, key[..2], key);
    }
}
