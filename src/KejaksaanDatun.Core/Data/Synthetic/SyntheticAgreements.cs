using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Data.Synthetic;

/// <summary>
/// For every route a yearly chain of agreements, each renewing the one before, from 2022 until after the data ends:
/// an MoU between a Kanwil and its Kejati, a PKS between a Kancab and each Kejari or Cabjari it (or its KCP) serves.
/// Every SKK date is therefore covered by exactly one agreement of its route.
/// </summary>
internal static class SyntheticAgreements
{
    private const string MouScope = "Penanganan masalah hukum di bidang perdata dan tata usaha negara, pemberian bantuan hukum, " +
        "pertimbangan hukum dan tindakan hukum lain, serta optimalisasi kepatuhan program Jaminan Sosial Ketenagakerjaan di wilayah Provinsi {0}.";
    private const string PksScope = "Pelaksanaan Surat Kuasa Khusus untuk penagihan piutang iuran, penanganan Perusahaan Wajib Belum Daftar (PWBD) " +
        "dan Perusahaan Daftar Sebagian (PDS), serta pemberian bantuan dan pertimbangan hukum kepada BPJS Ketenagakerjaan di wilayah {0}.";

    public static List<Agreement> Build(SyntheticOffices offices, int seed)
    {
        var random = SyntheticRandom.For(seed, RandomStream.Agreements, 0);
        var agreements = new List<Agreement>();
        foreach (var route in offices.Routes)
        {
            var kind = route.Kejaksaan.Kind == OfficeKind.Kejati ? AgreementKind.MoU : AgreementKind.Pks;
            var scope = kind == AgreementKind.MoU ? string.Format(MouScope, route.Province.Name) : string.Format(PksScope, route.Town);
            Agreement? previous = null;
            for (var from = new DateOnly(2022, random.Between(1, 12), 1); from <= SyntheticCalendar.LastDay; from = from.AddYears(1))
            {
                var signed = SyntheticCalendar.WorkingDay(from.AddDays(-7), forward: false);
                var agreement = new Agreement
                {
                    Id = agreements.Count + 1,
                    Kind = kind,
                    Number = $"B-{random.Between(20, 400)}/{route.Kejaksaan.LetterCode}/Gp.2/{signed:MM}/{signed:yyyy}",
                    BpjsNumber = $"{(kind == AgreementKind.MoU ? "MOU" : "PKS")}/{random.Between(1, 60)}/{signed:MMyyyy}",
                    BpjsOfficeId = route.AgreementPartner.Id,
                    KejaksaanOfficeId = route.Kejaksaan.Id,
                    SignedOn = signed, ValidFrom = from, ValidUntil = from.AddYears(1).AddDays(-1),
                    Scope = scope,
                    RenewsAgreementId = previous?.Id,
                };
                agreements.Add(agreement);
                route.Agreements.Add(agreement);
                previous = agreement;
            }
        }
        return agreements;
    }
}
