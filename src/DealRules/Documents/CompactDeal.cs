using DealRules.Model;

namespace DealRules.Documents;

/// <summary>
/// A deal that passed every check, held as compact bytes: what a large portfolio keeps of each document
/// between reading it (once) and evaluating its group, at about a fifth of the memory of the records.
/// Strings repeated in a deal (party ids) are written once. Decoding checks nothing: it only ever reads
/// what <see cref="Encode"/> wrote in this process.
/// </summary>
internal static class CompactDeal
{
    public static byte[] Encode(Deal deal)
    {
        using var buffer = new MemoryStream(1024);
        using (var writer = new Writer(buffer))
        {
            writer.Write(deal.SchemaVersion);
            writer.Text(deal.Id);
            writer.Text(deal.Title);
            writer.Write((byte)deal.Status);
            writer.Date(deal.Announced);
            writer.Text(deal.Currency);
            writer.List(deal.Parties, (w, p) =>
            {
                w.Text(p.Id);
                w.Text(p.Name);
                w.Write((byte)p.Kind);
                w.Texts(p.Clouds);
                w.Texts(p.Chips);
            });
            writer.List(deal.Investments, (w, i) =>
            {
                w.Text(i.Investor);
                w.Text(i.Investee);
                w.Write((byte)i.Instrument);
                w.Number(i.Amount);
                w.Write((byte)i.AmountQualifier);
                w.Number(i.PostMoneyValuation);
                w.Number(i.StakePercent);
                w.Write(i.Voting);
                w.Write((byte)i.Condition);
            });
            writer.List(deal.ComputeCommitments, (w, c) =>
            {
                w.Text(c.Buyer);
                w.Text(c.Provider);
                w.Texts(c.Products);
                w.Number(c.Amount);
                w.Write((byte)c.AmountQualifier);
                w.Number(c.AnnualAmount);
                w.Number(c.Years);
                w.Number(c.CapacityGw);
                w.Write((byte)c.CapacityQualifier);
            });
            writer.List(deal.ChipMandates, (w, m) =>
            {
                w.Text(m.Party);
                w.Texts(m.Chips);
                w.Workloads(m.Workloads);
                w.Write(m.Binding);
                w.Number(m.MinimumSharePercent);
            });
            writer.List(deal.CloudTerms, (w, t) =>
            {
                w.Text(t.Party);
                w.Text(t.ExclusiveCloud);
                w.Text(t.FirstRefusalCloud);
                w.Texts(t.PermittedClouds);
            });
            writer.List(deal.Rights, (w, r) =>
            {
                w.Text(r.Holder);
                w.Text(r.Grantor);
                w.Write((byte)r.Kind);
                w.Number(r.Percent);
                w.Number(r.Amount);
                w.Write((byte)r.AmountQualifier);
                w.Text(r.Note);
            });
            writer.Write(deal.Ipo is not null);
            if (deal.Ipo is { } ipo)
            {
                writer.Text(ipo.Party);
                writer.Integer(ipo.ExpectedYear);
                writer.Number(ipo.TargetValuation);
            }

            writer.List(deal.RelatedStakes, (w, s) =>
            {
                w.Text(s.Investor);
                w.Text(s.Investee);
                w.Number(s.Amount);
                w.Number(s.StakePercent);
            });
            writer.Texts(deal.Supersedes);
            writer.Texts(deal.Amends);
            writer.List(deal.Hires, (w, h) =>
            {
                w.Text(h.Hirer);
                w.Text(h.From);
                w.Integer(h.Headcount);
                w.Write(h.IncludesLeaders);
                w.Text(h.Note);
            });
            writer.List(deal.Sources, (w, s) =>
            {
                w.Text(s.Title);
                w.Date(s.Date);
                w.Text(s.Url);
            });
        }

        return buffer.ToArray();
    }

    public static Deal Decode(byte[] bytes)
    {
        using var reader = new Reader(new MemoryStream(bytes, writable: false));
        var schemaVersion = reader.ReadInt32();
        var id = reader.Text()!;
        var title = reader.Text()!;
        var status = (DealStatus)reader.ReadByte();
        var announced = reader.Date();
        var currency = reader.Text()!;
        var parties = reader.List(r => new Party(r.Text()!, r.Text()!, (PartyKind)r.ReadByte()) { Clouds = r.Texts(), Chips = r.Texts() });
        var investments = reader.List(r => new Investment(r.Text()!, r.Text()!, (Instrument)r.ReadByte())
        {
            Amount = r.Number(),
            AmountQualifier = (AmountQualifier)r.ReadByte(),
            PostMoneyValuation = r.Number(),
            StakePercent = r.Number(),
            Voting = r.ReadBoolean(),
            Condition = (InvestmentCondition)r.ReadByte(),
        });
        var commitments = reader.List(r => new ComputeCommitment(r.Text()!, r.Text()!)
        {
            Products = r.Texts(),
            Amount = r.Number(),
            AmountQualifier = (AmountQualifier)r.ReadByte(),
            AnnualAmount = r.Number(),
            Years = r.Number(),
            CapacityGw = r.Number(),
            CapacityQualifier = (AmountQualifier)r.ReadByte(),
        });
        var mandates = reader.List(r => new ChipMandate(r.Text()!, r.Texts(), r.Workloads(), r.ReadBoolean())
        {
            MinimumSharePercent = r.Number(),
        });
        var cloudTerms = reader.List(r => new CloudTerms(r.Text()!)
        {
            ExclusiveCloud = r.Text(),
            FirstRefusalCloud = r.Text(),
            PermittedClouds = r.Texts(),
        });
        var rights = reader.List(r => new Right(r.Text()!, r.Text()!, (RightKind)r.ReadByte())
        {
            Percent = r.Number(),
            Amount = r.Number(),
            AmountQualifier = (AmountQualifier)r.ReadByte(),
            Note = r.Text(),
        });
        var ipo = reader.ReadBoolean() ? new Ipo(reader.Text()!) { ExpectedYear = reader.Integer(), TargetValuation = reader.Number() } : null;
        var stakes = reader.List(r => new Stake(r.Text()!, r.Text()!) { Amount = r.Number(), StakePercent = r.Number() });
        var supersedes = reader.Texts();
        var amends = reader.Texts();
        var hires = reader.List(r => new Hire(r.Text()!, r.Text()!) { Headcount = r.Integer(), IncludesLeaders = r.ReadBoolean(), Note = r.Text() });
        var sources = reader.List(r => new Source(r.Text()!) { Date = r.Date(), Url = r.Text() });
        return new Deal
        {
            SchemaVersion = schemaVersion,
            Id = id,
            Title = title,
            Status = status,
            Announced = announced,
            Currency = currency,
            Parties = parties,
            Investments = investments,
            ComputeCommitments = commitments,
            ChipMandates = mandates,
            CloudTerms = cloudTerms,
            Rights = rights,
            Ipo = ipo,
            RelatedStakes = stakes,
            Supersedes = supersedes,
            Amends = amends,
            Hires = hires,
            Sources = sources,
        };
    }

    /// <summary>Writes strings once per deal: 0 for null, 1 before a new string, 2 + n for the n-th string seen.</summary>
    private sealed class Writer(Stream stream) : BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);

        public void Text(string? text)
        {
            if (text is null)
            {
                Write7BitEncodedInt(0);
            }
            else if (seen.TryGetValue(text, out var index))
            {
                Write7BitEncodedInt(index + 2);
            }
            else
            {
                seen[text] = seen.Count;
                Write7BitEncodedInt(1);
                Write(text);
            }
        }

        public void Texts(IReadOnlyList<string> texts) => List(texts, (w, t) => w.Text(t));

        public void List<T>(IReadOnlyList<T> items, Action<Writer, T> write)
        {
            Write7BitEncodedInt(items.Count);
            foreach (var item in items)
            {
                write(this, item);
            }
        }

        // Not List<Workload>: generic code over an enum of another assembly is not precompiled (see WorkloadList).
        public void Workloads(IReadOnlyList<Workload> workloads)
        {
            Write7BitEncodedInt(workloads.Count);
            foreach (var workload in workloads)
            {
                Write((byte)workload);
            }
        }

        public void Number(decimal? value)
        {
            Write(value.HasValue);
            if (value is { } number)
            {
                Write(number);
            }
        }

        public void Integer(int? value)
        {
            Write(value.HasValue);
            if (value is { } number)
            {
                Write(number);
            }
        }

        public void Date(DateOnly? value) => Write(value?.DayNumber ?? -1);
    }

    private sealed class Reader(Stream stream) : BinaryReader(stream, System.Text.Encoding.UTF8)
    {
        private readonly List<string> seen = [];

        public string? Text()
        {
            var code = Read7BitEncodedInt();
            if (code == 0)
            {
                return null;
            }

            if (code >= 2)
            {
                return seen[code - 2];
            }

            var text = ReadString();
            seen.Add(text);
            return text;
        }

        public string[] Texts() => List(r => r.Text()!);

        public T[] List<T>(Func<Reader, T> read)
        {
            var items = new T[Read7BitEncodedInt()];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read(this);
            }

            return items;
        }

        public Workload[] Workloads()
        {
            var workloads = new Workload[Read7BitEncodedInt()];
            for (var i = 0; i < workloads.Length; i++)
            {
                workloads[i] = (Workload)ReadByte();
            }

            return workloads;
        }

        public decimal? Number() => ReadBoolean() ? ReadDecimal() : null;

        public int? Integer() => ReadBoolean() ? ReadInt32() : null;

        public DateOnly? Date() => ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
    }
}
