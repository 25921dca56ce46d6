using System.Globalization;
using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core;

public static class CoreServices
{
    /// <summary>Database, mediator with its pipeline, validators and the services the use cases need.</summary>
    public static IServiceCollection AddDatunCore(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        services.AddDbContextFactory<DatunDbContext>(database.Apply);

        ValidatorOptions.Global.LanguageManager.Culture = new CultureInfo("id");
        services.AddValidatorsFromAssembly(typeof(CoreServices).Assembly, includeInternalTypes: true);

        services.TryAddTimeProvider();
        services.AddScoped<CurrentUser>();
        services.AddScoped<OfficeScope>();
        services.AddSingleton<Domain.OfficeClock>();
        services.AddSingleton<Letters.TemplateStore>();
        services.AddSingleton<Attachments.IAttachmentStore>(Attachments.FileSystemAttachmentStore.From(configuration, database));
        services.AddScoped<Reminders.ReminderPlanner>();
        services.AddTransient<Jobs.BulkLetterRunner>();
        services.AddReminderDelivery(configuration);
        services.AddSingleton<RequestDispatcher>();
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(AuthorizationBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(AuditBehavior<,>),
                typeof(TransactionBehavior<,>),
                // Inside the transaction, around the handler: reminders are re-planned with the change, or not at all.
                typeof(Reminders.ReplanRemindersBehavior<,>),
            ];
        });
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
