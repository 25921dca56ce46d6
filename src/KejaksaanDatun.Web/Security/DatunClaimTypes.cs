namespace KejaksaanDatun.Web.Security;

/// <summary>Claims written into the sign-in cookie, so a circuit knows the user's office without a database trip.</summary>
public static class DatunClaimTypes
{
    public const string FullName = "datun:full_name";
    public const string OfficeId = "datun:office_id";
    public const string OfficePath = "datun:office_path";
    public const string OfficeName = "datun:office_name";
    public const string Institution = "datun:institution";
}
