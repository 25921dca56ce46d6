using System.Text.Json;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Letters;

/// <summary>The steps shared by generating one letter and generating a batch: load the case, render, keep the result.</summary>
internal static class LetterProduction
{
    public static readonly LetterKind[] SummonsKinds = [LetterKind.Undangan1, LetterKind.Undangan2, LetterKind.Undangan3];

    public static async Task<CaseForLetter> LoadCase(DatunDbContext db, int skkId, CancellationToken ct)
    {
        var skk = await db.Skks.AsNoTracking().AsSplitQuery()
            .Include(s => s.Employer).Include(s => s.KejaksaanOffice).Include(s => s.BpjsOffice).Include(s => s.ArrearsLines)
            .Include(s => s.Teams.Where(t => t.IsActive)).ThenInclude(t => t.Members).ThenInclude(m => m.User)
            .SingleAsync(s => s.Id == skkId, ct);
        if (skk.Status is SkkStatus.Draft or SkkStatus.Dikembalikan or SkkStatus.Dicabut)
            throw new BusinessRuleException($"Surat tidak dapat dibuat untuk SKK berstatus {DomainLabels.Of(skk.Status)}.");
        var parent = skk.KejaksaanOffice!.ParentId is { } parentId ? await db.Offices.AsNoTracking().SingleAsync(o => o.Id == parentId, ct) : null;
        var team = skk.Teams.SelectMany(t => t.Members).Select(m => (m.User!, m.IsLead)).ToList();
        return new CaseForLetter(skk, skk.Employer!, skk.KejaksaanOffice, parent, skk.BpjsOffice!, team);
    }

    /// <summary>The signer must lead or belong to the Kejaksaan office that sends the letter.</summary>
    public static async Task<AppUser> LoadSigner(DatunDbContext db, string signerUserId, int officeId, CancellationToken ct) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == signerUserId && u.OfficeId == officeId, ct)
        ?? throw RequestValidationException.For("SignerUserId", "Penandatangan harus pejabat pada kantor yang mengirim surat.");

    public static Letter Render(TemplateStore templates, TemplateVersion template, CaseForLetter c, LetterInput input, int sequence,
        UserContext user, DateTime now, Guid? bulkJobId = null)
    {
        var json = LetterDataBuilder.Build(c, input).ToJsonElement();
        var result = RenderTemplate(templates, template, json);
        return new Letter
        {
            OfficeId = c.KejaksaanOffice.Id, SkkId = c.Skk.Id, Kind = input.Kind, Number = input.Number, Date = input.Date, Year = input.Date.Year,
            Sequence = sequence, TemplateVersionId = template.Id, DataSnapshot = json.GetRawText(), Content = result.Document,
            FileName = FileNameOf(input.Kind, input.Number), Warnings = string.Join("\n", result.Warnings),
            CreatedAt = now, CreatedById = user.UserId, CreatedByName = user.Name, BulkJobId = bulkJobId,
        };
    }

    /// <summary>Renders a template version with its data; a template that cannot be rendered is the office's to fix.</summary>
    public static RenderResult RenderTemplate(TemplateStore templates, TemplateVersion template, JsonElement data)
    {
        try
        {
            return templates.Compiled(template).Render(data);
        }
        catch (TemplateException ex)
        {
            throw new BusinessRuleException($"Templat {template.Kind.Label()} versi {template.VersionNumber} rusak: {ex.Message}");
        }
    }

    public static CaseEvent EventFor(Letter letter, UserContext user) => new()
    {
        SkkId = letter.SkkId!.Value, At = letter.CreatedAt, Kind = CaseEventKind.LetterGenerated,
        Description = $"{letter.Kind.Label()} nomor {letter.Number} dibuat.", ActorId = user.UserId, ActorName = user.Name,
    };

    /// <summary>A file name that survives every file system: the number's slashes become dashes.</summary>
    public static string FileNameOf(LetterKind kind, string number)
    {
        var safe = new string(number.Select(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-' ? ch : '-').ToArray());
        return $"{kind}-{safe}.docx";
    }

    public static string SnapshotOf(object value) => JsonSerializer.Serialize(value, LetterData.JsonOptions);
}
