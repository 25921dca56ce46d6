using FluentValidation;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;

namespace KejaksaanDatun.Core.Features.Employers;

/// <summary>The employer's data as a form edits it; shared by registering and editing.</summary>
public abstract class EmployerFields
{
    public string Name { get; set; } = "";
    /// <summary>Empty for an employer that is obliged but not yet registered (PWBD).</summary>
    public string? Npp { get; set; }
    public string? Npwp { get; set; }
    public string Address { get; set; } = "";
    public string District { get; set; } = "";
    public string Sector { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public int WorkerCount { get; set; }

    internal void ApplyTo(Employer employer)
    {
        employer.Name = Name.Trim();
        employer.Npp = string.IsNullOrWhiteSpace(Npp) ? null : Npp.Trim();
        employer.Npwp = string.IsNullOrWhiteSpace(Npwp) ? null : Npwp.Trim();
        employer.Address = Address.Trim();
        employer.District = District.Trim();
        employer.Sector = Sector.Trim();
        employer.ContactPerson = ContactPerson.Trim();
        employer.ContactPhone = ContactPhone.Trim();
        employer.WorkerCount = WorkerCount;
    }

    internal void CopyFrom(Employer employer)
    {
        Name = employer.Name;
        Npp = employer.Npp;
        Npwp = employer.Npwp;
        Address = employer.Address;
        District = employer.District;
        Sector = employer.Sector;
        ContactPerson = employer.ContactPerson;
        ContactPhone = employer.ContactPhone;
        WorkerCount = employer.WorkerCount;
    }
}

public abstract class EmployerFieldsValidator<T> : AbstractValidator<T> where T : EmployerFields
{
    protected EmployerFieldsValidator()
    {
        RuleFor(x => x.Name).RequiredText("Nama badan usaha", 200);
        RuleFor(x => x.Npp).Must(npp => string.IsNullOrWhiteSpace(npp) || Npp.IsValid(npp.Trim()))
            .WithMessage(Npp.ShapeMessage);
        RuleFor(x => x.Npwp).Must(npwp => string.IsNullOrWhiteSpace(npwp) || Npwp.IsValid(npwp))
            .WithMessage("NPWP harus 15 atau 16 angka, misalnya 01.234.567.8-901.000.");
        RuleFor(x => x.Address).RequiredText("Alamat", 500);
        RuleFor(x => x.District).RequiredText("Kabupaten/kota", 100);
        RuleFor(x => x.Sector).RequiredText("Sektor usaha", 100);
        RuleFor(x => x.ContactPerson).OptionalText("Narahubung", 120);
        RuleFor(x => x.ContactPhone).OptionalText("Telepon", 40)
            .Matches(@"^[0-9+()\-\s]*$").WithMessage("Telepon hanya boleh berisi angka, spasi, +, ( ) dan -.");
        RuleFor(x => x.WorkerCount).InclusiveBetween(0, 1_000_000)
            .WithMessage("Jumlah tenaga kerja harus antara 0 dan 1.000.000.");
    }
}
