using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Employers;

/// <summary>A BPJS officer registers an employer in arrears; it belongs to the officer's office.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class RegisterEmployer : EmployerFields, ICommand<int>;

public sealed class RegisterEmployerValidator : EmployerFieldsValidator<RegisterEmployer>;

public sealed class RegisterEmployerHandler(DatunDbContext db, CurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RegisterEmployer, int>
{
    public async ValueTask<int> Handle(RegisterEmployer command, CancellationToken ct)
    {
        var user = currentUser.User;
        if (user.Institution != Institution.Bpjs) throw new NotAllowedException();
        await EmployerRules.EnsureNppFree(db, command.Npp, exceptEmployerId: null, ct);

        var employer = new Employer { BpjsOfficeId = user.OfficeId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        command.ApplyTo(employer);
        db.Employers.Add(employer);
        await db.SaveChangesAsync(ct);
        return employer.Id;
    }
}

internal static class EmployerRules
{
    public static async Task EnsureNppFree(DatunDbContext db, string? npp, int? exceptEmployerId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(npp)) return;
        npp = npp.Trim();
        // Checked across all offices: an NPP identifies one employer nationally.
        var owner = await db.Employers.Where(e => e.Npp == npp && e.Id != exceptEmployerId)
            .Select(e => e.Name).FirstOrDefaultAsync(ct);
        if (owner is not null)
            throw RequestValidationException.For(nameof(EmployerFields.Npp), $"NPP {npp} sudah terdaftar untuk badan usaha lain.");
    }
}
