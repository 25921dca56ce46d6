using KejaksaanDatun.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Behaviors;

/// <summary>Checks that a record named by id is one the current user may see.</summary>
public sealed class OfficeScope(DatunDbContext db, CurrentUser currentUser)
{
    public async Task EnsureSkkVisible(int skkId, CancellationToken ct)
    {
        if (!await db.Skks.VisibleTo(currentUser.User).AnyAsync(s => s.Id == skkId, ct))
            throw new NotFoundOrNotAllowedException();
    }

    public async Task EnsureEmployerVisible(int employerId, CancellationToken ct)
    {
        if (!await db.Employers.VisibleTo(db.Skks, currentUser.User).AnyAsync(e => e.Id == employerId, ct))
            throw new NotFoundOrNotAllowedException();
    }

    public async Task EnsureAgreementVisible(int agreementId, CancellationToken ct)
    {
        if (!await db.Agreements.VisibleTo(currentUser.User).AnyAsync(a => a.Id == agreementId, ct))
            throw new NotFoundOrNotAllowedException();
    }

    /// <summary>True when the office is the user's own or below it.</summary>
    public async Task<bool> IsInScope(int officeId, CancellationToken ct) =>
        await db.Offices.InScopeOf(currentUser.User).AnyAsync(o => o.Id == officeId, ct);
}
