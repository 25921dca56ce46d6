using BenchmarkDotNet.Running;

namespace KejaksaanDatun.Benchmarks;

// An explicit class: the referenced datun CLI also has a top-level Program.
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
