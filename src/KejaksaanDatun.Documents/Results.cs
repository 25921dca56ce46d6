namespace KejaksaanDatun.Documents;

/// <summary>A problem in a template: the tag as written, where it is (e.g. "dokumen, paragraf 12") and what is wrong, in Indonesian.</summary>
public sealed record TemplateError(string Tag, string Location, string Message)
{
    public override string ToString() => $"{Location}: {Tag} — {Message}";
}

/// <summary>The tags of a template and its errors; valid when there are none.</summary>
public sealed record TemplateCheck(IReadOnlyList<string> Tags, IReadOnlyList<TemplateError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>A rendered .docx and the warnings (in Indonesian) about data that was missing or unreadable.</summary>
public sealed record RenderResult(byte[] Document, IReadOnlyList<string> Warnings);

/// <summary>The template has errors; <see cref="Errors"/> lists every one of them with its location.</summary>
public sealed class TemplateException : Exception
{
    public TemplateException(IReadOnlyList<TemplateError> errors)
        : base(Describe(errors)) => Errors = errors;

    public IReadOnlyList<TemplateError> Errors { get; }

    private static string Describe(IReadOnlyList<TemplateError> errors) =>
        "Templat mengandung " + errors.Count + " kesalahan:" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => "- " + e));
}

/// <summary>The file is not a .docx that can be read.</summary>
public sealed class InvalidTemplateFileException : Exception
{
    public const string DefaultMessage = "Berkas bukan dokumen Word (.docx) yang dapat dibaca.";

    public InvalidTemplateFileException() : base(DefaultMessage) { }

    public InvalidTemplateFileException(Exception inner) : base(DefaultMessage, inner) { }
}
