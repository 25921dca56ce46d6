using MudBlazor;

namespace KejaksaanDatun.Web.Components.Layout;

/// <summary>A sober theme in the colours of the Kejaksaan: dark green with a gold accent.</summary>
public static class DatunTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1B5E20",
            PrimaryDarken = "#124116",
            PrimaryLighten = "#2E7D32",
            Secondary = "#B8860B",
            SecondaryContrastText = "#FFFFFF",
            Tertiary = "#5D4037",
            AppbarBackground = "#1B5E20",
            AppbarText = "#FFFFFF",
            Background = "#F5F6F4",
            DrawerBackground = "#FFFFFF",
            DrawerText = "#263238",
            DrawerIcon = "#1B5E20",
            TextPrimary = "#1F2A22",
            TextSecondary = "#55625A",
        },
        Typography = new Typography
        {
            // No web fonts are fetched: the app must look the same on an intranet without internet access.
            Default = new DefaultTypography
            {
                FontFamily = ["Segoe UI", "Roboto", "Noto Sans", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
