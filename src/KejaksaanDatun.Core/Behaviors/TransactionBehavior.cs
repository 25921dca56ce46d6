using KejaksaanDatun.Core.Data;
using Mediator;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>
/// One transaction per command: either everything the handler changed is saved with its audit entries, or
/// nothing is. Database conflicts come out as the Indonesian messages of the pipeline's exceptions.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(DatunDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand) return await next(message, cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException();
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // The handlers check duplicates with a clear message; this catches the rare race between two saves.
            throw new Domain.BusinessRuleException("Data yang sama baru saja disimpan oleh pengguna lain. Muat ulang lalu periksa kembali.");
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => ex.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        SqlException sql => sql.Number is 2601 or 2627,
        _ => false,
    };
}
