using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Reminders;

public static class ReminderDeliveryServices
{
    /// <summary>The dispatcher and its e-mail channel (<c>Smtp:*</c>, links from <c>App:BaseUrl</c>).</summary>
    public static IServiceCollection AddReminderDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        var baseUrl = configuration["App:BaseUrl"];
        services.AddSingleton(new AppBaseUrl(string.IsNullOrWhiteSpace(baseUrl) ? AppBaseUrl.Default : baseUrl));
        services.AddSingleton(SmtpSettings.Read(configuration));
        services.AddSingleton<IEmailSender, SmtpEmailSender>();
        services.AddTransient<ReminderEmails>();
        services.AddTransient<ReminderDispatcher>();
        return services;
    }
}
