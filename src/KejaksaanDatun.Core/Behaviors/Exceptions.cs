namespace KejaksaanDatun.Core.Behaviors;

/// <summary>The request names something the user may not see, or that does not exist: the two are told apart for nobody.</summary>
public class NotFoundOrNotAllowedException()
    : Exception("Data tidak ditemukan atau Anda tidak berwenang mengaksesnya.");

/// <summary>The user's role may not do this.</summary>
public class NotAllowedException(string message = "Anda tidak berwenang melakukan tindakan ini.") : Exception(message);

/// <summary>Someone else saved the same record first; nothing of this request was saved.</summary>
public class ConcurrencyConflictException()
    : Exception("Data ini baru saja diubah oleh pengguna lain. Muat ulang halaman untuk melihat perubahan terbaru, lalu ulangi.");

public sealed record FieldError(string Field, string Message);

/// <summary>The request is invalid; each message is Indonesian and names the field.</summary>
public class RequestValidationException(IReadOnlyList<FieldError> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Message)))
{
    public IReadOnlyList<FieldError> Errors { get; } = errors;

    public static RequestValidationException For(string field, string message) => new([new FieldError(field, message)]);
}
