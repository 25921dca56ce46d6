using KejaksaanDatun.Cli;

return await DatunCli.Run(args, Console.Out, Console.Error);
