using KejaksaanDatun.Web;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDatunWeb(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseDatunWeb();

await app.RunAsync();
