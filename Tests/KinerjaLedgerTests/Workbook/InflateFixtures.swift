/// Raw deflate streams (no zlib header) made by Python's zlib from data that `InflateFixtures.data` makes again
/// here, so every byte inflated can be compared. Made with:
///
///     c = zlib.compressobj(level, zlib.DEFLATED, -15); base64.b64encode(c.compress(data) + c.flush())
///
/// where `data` is `text(count, seed)` or `random(count, seed)` from the same generator as below.
enum InflateFixtures {
    /// One stream: what it was made from and the base64 of the deflate bytes.
    struct Stream: CustomStringConvertible, Sendable {
        let kind: Kind
        let count: Int
        let seed: UInt64
        let level: Int
        let base64: String

        var description: String { "\(kind) \(count) bytes, seed \(seed), level \(level)" }
    }

    enum Kind: Sendable { case text, random }

    static let streams: [Stream] = [
        Stream(
            kind: .text, count: 4000, seed: 1, level: 0,
            base64:
                "AaAPX/ByZWFsaXNhc2kscmVuc3RyYSxraW5lcmphIDEyNTAwMDAwMDAKMTI1MDAwMDAwMCwlIHJlYWxpc2FzaQpwZXJzZW4gcmVu"
                + "c3RyYTtwZXJzZW4sNTYsNzA7cGVyc2VuIGtpbmVyamE7a2luZXJqYSxyZWFsaXNhc2kgaW5kaWthdG9yIHBlcnNlbjslCmluZGlr"
                + "YXRvciByZW5zdHJhCmNhcGFpYW47dGFyZ2V0O3JlYWxpc2FzaSwxMjUwMDAwMDAwLHJlbnN0cmEKSUtVLGtpbmVyamEsSUtVCnJl"
                + "bnN0cmE7aW5kaWthdG9yLCUscGVyc2VuO2tpbmVyamEgc2FzYXJhbiByZWFsaXNhc2kgMTI1MDAwMDAwMAoxMjUwMDAwMDAwCnBl"
                + "cnNlbjtpbmRpa2F0b3IgdGFyZ2V0LCUgaW5kaWthdG9yO3JlYWxpc2FzaQppbmRpa2F0b3I7cmVuc3RyYTtwZXJzZW47a2luZXJq"
                + "YQpyZW5zdHJhLCU7cGVyc2VuCjEyNTAwMDAwMDAsaW5kaWthdG9yIElLVSxwZXJzZW4sdGFyZ2V0IElLVTtyZWFsaXNhc2k7Y2Fw"
                + "YWlhbiBjYXBhaWFuO3BlcnNlbiByZW5zdHJhIDEyNTAwMDAwMDAsa2luZXJqYTtzYXNhcmFuCmNhcGFpYW47JSBjYXBhaWFuIGtp"
                + "bmVyamEgMTI1MDAwMDAwMApjYXBhaWFuCjEyNTAwMDAwMDA7cmVuc3RyYSxzYXNhcmFuCklLVSAlIElLVSByZW5zdHJhIDEyNTAw"
                + "MDAwMDA7NTYsNzAKc2FzYXJhbgp0YXJnZXQ7NTYsNzA7Y2FwYWlhbjtyZWFsaXNhc2kKcGVyc2VuLHJlbnN0cmE7SUtVIDU2LDcw"
                + "IElLVSBwZXJzZW4gcmVhbGlzYXNpLGluZGlrYXRvciw1Niw3MDtyZWFsaXNhc2k7c2FzYXJhbjtyZWFsaXNhc2kgc2FzYXJhbixr"
                + "aW5lcmphCjU2LDcwO2tpbmVyamE7cmVuc3RyYSBraW5lcmphCnJlYWxpc2FzaTtyZWFsaXNhc2kKMTI1MDAwMDAwMCx0YXJnZXQg"
                + "SUtVOzU2LDcwLDEyNTAwMDAwMDAgSUtVO3BlcnNlbiBraW5lcmphCjU2LDcwO3Nhc2FyYW4scmVuc3RyYTtzYXNhcmFuCjU2LDcw"
                + "O2tpbmVyamE7c2FzYXJhbixJS1UsMTI1MDAwMDAwMCBraW5lcmphIGNhcGFpYW4sdGFyZ2V0LGNhcGFpYW4scmVuc3RyYSxwZXJz"
                + "ZW4sa2luZXJqYTtwZXJzZW4KaW5kaWthdG9yCklLVSB0YXJnZXQ7SUtVCjU2LDcwLHJlYWxpc2FzaQpyZWFsaXNhc2kgcmVhbGlz"
                + "YXNpIDU2LDcwO2NhcGFpYW47NTYsNzAgMTI1MDAwMDAwMCBpbmRpa2F0b3IKMTI1MDAwMDAwMApzYXNhcmFuCnRhcmdldDt0YXJn"
                + "ZXQgSUtVCnJlYWxpc2FzaSAlCnBlcnNlbgpyZW5zdHJhCnNhc2FyYW47c2FzYXJhbgp0YXJnZXQgcmVhbGlzYXNpLHNhc2FyYW4g"
                + "cmVuc3RyYQp0YXJnZXQsMTI1MDAwMDAwMCA1Niw3MApJS1Ugc2FzYXJhbjsxMjUwMDAwMDAwO3BlcnNlbiByZWFsaXNhc2kKc2Fz"
                + "YXJhbjsxMjUwMDAwMDAwCjU2LDcwCnNhc2FyYW47c2FzYXJhbgoxMjUwMDAwMDAwIHNhc2FyYW4KaW5kaWthdG9yLElLVQp0YXJn"
                + "ZXQgcmVhbGlzYXNpIElLVSxzYXNhcmFuOyUsNTYsNzA7c2FzYXJhbixpbmRpa2F0b3IgdGFyZ2V0LHNhc2FyYW4gcGVyc2VuLHBl"
                + "cnNlbiBwZXJzZW47NTYsNzAKc2FzYXJhbiAxMjUwMDAwMDAwO0lLVTtzYXNhcmFuIElLVQoxMjUwMDAwMDAwIGluZGlrYXRvcjt0"
                + "YXJnZXQ7a2luZXJqYTtzYXNhcmFuLElLVSByZW5zdHJhO3RhcmdldDtJS1UKMTI1MDAwMDAwMApwZXJzZW4gMTI1MDAwMDAwMCA1"
                + "Niw3MCAxMjUwMDAwMDAwLHRhcmdldDs1Niw3MDtpbmRpa2F0b3IgSUtVO3Nhc2FyYW4gcmVuc3RyYQp0YXJnZXQgMTI1MDAwMDAw"
                + "MDtyZW5zdHJhCklLVQpyZW5zdHJhCjEyNTAwMDAwMDAKcmVhbGlzYXNpCmluZGlrYXRvcjtyZW5zdHJhIDEyNTAwMDAwMDA7a2lu"
                + "ZXJqYSxzYXNhcmFuIHNhc2FyYW47cmVuc3RyYSBpbmRpa2F0b3I7JTslCnJlYWxpc2FzaSByZWFsaXNhc2ksc2FzYXJhbiBJS1Ug"
                + "cGVyc2VuO2tpbmVyamEsY2FwYWlhbgo1Niw3MCxzYXNhcmFuIHNhc2FyYW4gcGVyc2VuIHBlcnNlbjtzYXNhcmFuLDU2LDcwLHNh"
                + "c2FyYW47Y2FwYWlhbiw1Niw3MDtjYXBhaWFuO3RhcmdldCBzYXNhcmFuIGNhcGFpYW4sSUtVCnRhcmdldDtjYXBhaWFuOzEyNTAw"
                + "MDAwMDA7cmVuc3RyYSxyZWFsaXNhc2kgcmVuc3RyYSwlO3JlYWxpc2FzaSBraW5lcmphOzEyNTAwMDAwMDAgJQppbmRpa2F0b3IK"
                + "cmVhbGlzYXNpCnNhc2FyYW4Kc2FzYXJhbgpJS1UKc2FzYXJhbgpyZW5zdHJhLGtpbmVyamEgMTI1MDAwMDAwMDtzYXNhcmFuLGlu"
                + "ZGlrYXRvcjtwZXJzZW4gMTI1MDAwMDAwMDtraW5lcmphCiUKSUtVCklLVTtyZWFsaXNhc2kKJSByZWFsaXNhc2k7NTYsNzAsc2Fz"
                + "YXJhbixJS1UsJSBjYXBhaWFuO0lLVTtzYXNhcmFuCklLVSx0YXJnZXQgcmVuc3RyYSByZWFsaXNhc2ksc2FzYXJhbiAxMjUwMDAw"
                + "MDAwLHRhcmdldDtjYXBhaWFuIHJlYWxpc2FzaQpzYXNhcmFuO3JlYWxpc2FzaQolCnJlbnN0cmEsaW5kaWthdG9yLHJlbnN0cmEK"
                + "JQpJS1UKSUtVO3JlbnN0cmEsMTI1MDAwMDAwMAo1Niw3MDtyZW5zdHJhO2NhcGFpYW47cmVuc3RyYTs1Niw3MApzYXNhcmFuOzU2"
                + "LDcwIHJlYWxpc2FzaTtwZXJzZW4KNTYsNzA7Y2FwYWlhbiAlLDU2LDcwCjU2LDcwLGluZGlrYXRvcjtzYXNhcmFuCjEyNTAwMDAw"
                + "MDAsa2luZXJqYQolIHJlYWxpc2FzaTtyZW5zdHJhCklLVSxraW5lcmphOzU2LDcwLDEyNTAwMDAwMDAgSUtVO3JlbnN0cmEgMTI1"
                + "MDAwMDAwMDtraW5lcmphO3BlcnNlbiByZWFsaXNhc2k7cmVhbGlzYXNpOyUgJSByZW5zdHJhLDU2LDcwLDU2LDcwLDEyNTAwMDAw"
                + "MDAsY2FwYWlhbgp0YXJnZXQ7NTYsNzA7NTYsNzAsY2FwYWlhbiBjYXBhaWFuO2NhcGFpYW4sJSA1Niw3MApwZXJzZW4gdGFyZ2V0"
                + "IHBlcnNlbixzYXNhcmFuLGluZGlrYXRvcjs1Niw3MCxyZWFsaXNhc2ksY2FwYWlhbiByZW5zdHJhCmtpbmVyamE7dGFyZ2V0CmNh"
                + "cGFpYW47JSxwZXJzZW4gY2FwYWlhbgpJS1Uga2luZXJqYSw1Niw3MApJS1UsY2FwYWlhbjslOzU2LDcwICUKcmVhbGlzYXNpIHRh"
                + "cmdldCByZW5zdHJhIDU2LDcwCnRhcmdldDtyZW5zdHJhCjU2LDcwCnJlYWxpc2FzaSxyZW5zdHJhCmNhcGFpYW4KcmVhbGlzYXNp"
                + "LGluZGlrYXRvcjs1Niw3MCxpbmRpa2F0b3IKcmVhbGlzYXNpLHJlYWxpc2FzaSAlO3JlbnN0cmEKcmVuc3RyYSBJS1UgSUtVCklL"
                + "VSBraW5lcmphO0lLVQpJS1Ugc2FzYXJhbgolOzU2LDcwLHRhcmdldCBzYXNhcmFuLGNhcGFpYW47JTslO3Nhc2FyYW4gcmVuc3Ry"
                + "YSBJS1UKY2FwYWlhbixJS1UsMTI1MDAwMDAwMApwZXJzZW4scmVhbGlzYXNpIHRhcmdldDs1Niw3MAolLElLVSBjYXBhaWFuCnNh"
                + "c2FyYW4KY2FwYWlhbiBwZXJzZW4gc2FzYXJhbgolLHJlbnN0cmEKcmVuc3RyYTtyZW5zdHJhIDEyNTAwMDAwMDA7Y2FwYWlhbixy"
                + "ZW5zdHJhIHNhc2FyYW4KSUtVO2luZGlrYXRvciwlO3Nhc2FyYW47Y2FwYWlhbixzYXNhcmFuO2luZGlrYXRvcgp0YXJnZXQscmVu"
                + "c3RyYTtJS1U7MTI1MDAwMDAwMCw1Niw3MCByZW5zdHJhIGluZGlrYXRvcixyZWFsaXNhc2kKcmVhbGlzYXNpLGtpbmVyamEscGVy"
                + "c2VuLDEyNTAwMDAwMDAsJSBraW5lcmphLElLVSByZWFsaXNhc2k7dGFyZ2V0O2tpbmVyamEgc2FzYXJhbjslLHJlbnN0cmEsY2Fw"
                + "YWlhbgp0YXJnZXQscmVhbGlzYXNpLHRhcmdldCAlO3Nhc2FyYW4sSUtVO2luZGlrYXRvcjsxMjUwMDAwMDAwIGtpbmVyamEKNTYs"
                + "NzA7SUtVIDEyNTAwMDAwMDA7cGVyc2VuO3BlcnNlbixraW5lcmphLDEyNTAwMDAwMDAsaW5kaWthdG9yIDEyNTAwMDAwMDA7c2Fz"
                + "YXJhbgp0YXJnZXQ7cmVuc3RyYSBzYXNhcmFuO3JlbnN0cmEgJSBwZXJzZW47cmVuc3RyYSByZW5zdHJhCnNhc2FyYW47cmVuc3Ry"
                + "YTtJS1UKaW5kaWthdG9yOzU2LDcwLHNhc2FyYW47aW5kaWthdG9yLHNhc2FyYW47a2luZXJqYTt0YXJnZXQKY2FwYWlhbiBzYXNh"
                + "cmFuCnJlYWxpc2FzaSw1Niw3MCxraW5lcmphIGNhcGFpYW4gcmVuc3RyYSxyZWFsaXNhc2k7cmVuc3RyYSByZWFsaXNhc2kKaW5k"
                + "aWthdG9yCmNhcGFpYW4Ka2luZXJqYQo1Niw3MCBwZXJzZW4gc2FzYXJhbiBjYXBhaWFuO2NhcGFpYW4KY2FwYWlhbgpjYXBhaWFu"
                + "IHJlYWxpc2FzaTtwZXJzZW4sNTYsNzA7a2luZXJqYSwlOzEyNTAwMDAwMDA7a2luZXJqYSByZW5zdHJhIGluZGlrYXRvcjslO0lL"
                + "VSAlICUgc2FzYXJhbixjYXBhaWFuO2NhcGFpYW4K"),
        Stream(
            kind: .text, count: 4000, seed: 1, level: 1,
            base64:
                "bZfBjtRADETv+Ypc+taHBWnhkC9AnPmACCI0LBpWmfl/0W7Xsz0DHMgk6bbLVWV39jz235fbfrv087je7ufe3y7X4/y1rx8+vr74"
                + "vyV/9rae7Fjej/N2XMeDuXHz2/76qX9+0c2qYJuuI4nSrZfrj8vbfv9zrr5va0s+Usjl+/6+X/brdt/Pn8d9i929IGLtl6/fwN7H"
                + "7wVYEbW3rlSUOOrez90qAFXGLUWr0C0irY5nkBGPEluWMZ5VZiABZL2JpZKqR8DV6hGlns6eZJpN3Kxw5GtRo8gHK5vKDVYbe5Gp"
                + "bGJRwUY5nTgDz9oM1X+SbtMGC0sloHsDxEG7CMaCm4WcS2fwKAynBkfyWsShwmRpFQA4WBwBtpRA1D+UUY6MUAjoRYcZp9hwiiOk"
                + "iq5cIMAMUPKIhFWj9BoVp4oyIejcKiY+oSzHkUZcjFBJMH46sOzFLLt0gsNDqnlX7JHGL/w8q510lQxNYtMFbEK7RbtCCuyGybSg"
                + "sjTRzSJF45Z9zCSKeJEw1zgh8QKFcgE2SkrniHmGaiYA7tbkTpQN1zI99ELzTxoyDb0kliQS6w2osnSF/tSEeYkfgDDWwyJLHkMw"
                + "0jOf+jAfyILe32UkVlyyJVLmZkaIaRUGyNdpkySaLcV8DFKoRp1YGlRvbRwroXy6O3YaI94tEVSWV5OgAFe1uPZA7FSLoExm6U8L"
                + "ySwEooWNCX/FvmpeGrzW4Md0yxHF+Cob13KaJgE4PK6WXICQg0lZ+abM5FU0pHTQt7Sp7Qic+Jby0eC+gSrronGKQpHtAo69if6a"
                + "Jf9HvsyPLRUq11JfhRO1RkEcPQ/wnejMoYHOIAc19w8t63UmDI76uQilV80IeS3QBAmZG1keuKTPjCt63a2YG+fBpIVVU9ZLyTBY"
                + "8rS1cbprp3tZ/2dwDiIc7NU5BJSAJl2H3PM9o0YaO4zwRVLhwQIeGQG2UIfH4bNlTF8VprTzdNBaL8OeEG3MiZlntE1k0pgmkVCr"
                + "VWHeS4k9YSOy5pvniuI+M+aJvFp3T/thVZNxznu7UvP4PeuiZ1QFfUPbosAYhjgrqrIQKDN+l1M1P8r4OFbtXnOz3qVzaTJCaaYy"
                + "mJcWxKgsyquOBIaWxOaRJ8+Z8dGssmgiPJNr+EIglwUonnWlyRI6JPtFERwje5YoDRUmD6Ez56o2UsTwoxJiuQTJZ606IQq0wFlU"
                + "qYDMmkemQwLToNGFsVB0LX9ilF1Y6NHfAR+2GqclD3TFAOhqnynlDJ+U/ytUPMHQnj1cBKhgVwMIcuUYzJwKAmO8EbsJhuhMDmfx"
                + "ybEYG5PFpkzJXwqyxiyRU3C4tHALXDgLy41+NPFszj73qvIsfwE="),
        Stream(
            kind: .text, count: 4000, seed: 1, level: 6,
            base64:
                "fVfLjtQwELz7K3zxzYcFaeHgL0Cc+YAIIjQsGlBm/l/E6a5+etnLJF67X1Vd7Rz79vv22B63fuz3x/PY+tvtvh+/tvrh4+sL/RV9"
                + "7K0eOFH+7sdjv1c+OOi1v37qn1/4pbKxwb9dDtfb/cftbXv+OSptHa3oEpss37e/2227j+d2/NyfQ053ExH2fvn6DbH387kgLLHa"
                + "W2dXSPE0tR3bXVNaJ82JqqVK8ZzFkCWNrdg1Wxm4RWS98T9sfdXHzIdLSu7miroZXJuKGnk0TCaoyuB0paoNZ+sCc/6XiQ3pdNg5"
                + "46ltRrVwOi4aFGxlAIkb8B+ZBCjHNHltvYxLYgBfESV7WhN2pyuAGDUodAIVQdyKDCxpbKaQBofLjqHhtehJz74QAZJDSXwk2DVR"
                + "N1YBDJeMI+h4BSJcPxhjWkmdLqQYgtkaFLymqOXSJw8VoWECU9uGMwFtLZfx0BhsdAEODX/YwK1dSge4BiYY4tpMEsYMESN9St5T"
                + "HFklEuMBS0q9mVUM9epZWGnd45/UA3kxeBwna4WLyPbV5BmWZwwrTKCXC3KJWhs6JKWrsbY1NQG3spOrsUaqZgkpRqCt+/+IqLUC"
                + "mYc/bXvaqofbOVYW7O6mgtWrM3qLmyS4qB4lFNbtRdN030JcDBjCJuWR7FxIrs0Bw0PXgLOBzUzTkqgvv9M5nt+f/5nCI/FEhlu7"
                + "jLpRVcylYbhSXXInY8hy+xrn0l8Ea4Yv0xITLbe7CUdy1XYGGW34tCfKhEx1HWP07kWE+kbzZtVznKisEcw1LW9WIBlgtpaLq896"
                + "ML3fQ0kezTRttQndyGw0Ls3iRIF2xfsJCN9YrtkxY8wimJkWZlVXgCl35EF29G4DPUWEs9PR4jIvumxnvKxaBPbRIbmJknda1OjC"
                + "xbUsLi0jgO1Oy5QUD3A/42dqSr/jHXThLLqXGpNkixJ9mTRS1NMs6LEgzPN2TRPkGa6WkEkJrId0VowMl5pqlMBe4uWSh/1414ry"
                + "gDXXSSONHZ0ZZsXqPiQfFFwL9yFkPjZM+/jRK6NJKhBaxjCbUWt2XGtSI98KWUym/3TfGf5KaCPXmZ0lPvA7TdaGyaea7G9xpuYl"
                + "Uj4BJSvrJhYGaI3IULgV1zQlRxoZZhwCAFfFwNioWiX8JmHv7jp/sjRLbabc2Y/0DdVSr8LfPw=="),
        Stream(
            kind: .text, count: 4000, seed: 1, level: 9,
            base64:
                "fVfLjhQxDLznK3LJzYcFaeGQL0Cc+YAWjNCwqEE98/+i03b5lSx7me5s4tiuctl93Lbf98f2uNNx2x/PY6O3+347fm31w8fXF/4r"
                + "9kitHjhR/t6Ox22vcrDzK71+os8v8lLFWJdf0sP1vv+4v23PP0flrb0VWxKT5fv2d7tve39ux8/bs+tpch5h75ev3+A7nc8FbqlV"
                + "aiRXIcTT1HZsu4W0DloCNUuV/TmToUvmW/FrPjO4Fp5Rk3/4/NodIx5JKV83VuyaLrmpyFFEw0WCrHQJV7PacLYuMJd/Od8QDsHO"
                + "6U9tw6vFpf2iQcFWAZC5gfszkwBlHyavrZdxDQzgG6Jsz3Ii19kKIEYOCp9ARuC3IQNL5ptLpMPhsuNoeC1G0std8ADBISXRE+wa"
                + "qDurAEZSJh4QXoGI5A/GhFaapwspgWCUBjtvIVq67ClCxWg4x8y240xC29LlbmgCNqoAh3o87OC2KuUDkgPnDHNtBAljjoiZPmXe"
                + "UwJZ1RN3A5aMeiOq7OpVs7DSKOI/qQfiEvDET9GK4JGvq8EzLA8fVphALxfkUrV2dJiUrubc1qkIpJSDXPU1UnWWkOIE2l//HxH1"
                + "ViDzuM/Knrfa4Xa2lQW7yWWwRnVGbUmRpCtqRAmJDXtRNBRLSJIBQ9hkPNKdC8n1MaB52BpwdrC5blom6hen4Pr8fv+fKdwnnmhz"
                + "a5fR0KqKGxp6SNUld9qGPLevdq71xbDO8M20REeby925o7FaOYOM3n3ek2VCu7q1MX6PIsJ1Y3GL6gVOVNEI4Zqld1YgbWA+l4vR"
                + "Z92Y3q+hSR5dN221Kd3YbDauxRJEgXfl+QSEbyLXcrFgLCI4My31KjKAOXbEwXZstoGewsNR6Shx7Rek2wUvrxaJfXxIJ1G+nReP"
                + "PETr9LQYWnoCO5zWLqk34Prhv1BT6x3voItEQVFqXJAtS/Rl0kkRTb2AckKE5+3qJogzjZaQSXWMUjgrRqahpjol8EN8zzKLd8uo"
                + "NFg3TjppJFRm6hWreUg/KCQX4UPIfWy48omtt9o0gEqKJeOYLag1364tqD5PhSIm4/5p3ulxJKTlJ8Ys8YnfU2dt6HymyXGKczkv"
                + "mfITULqyLuJqrQk5YkNpKq5Tl+xTy3DtEACELCbGZtUq6XcSdgrj/MnSWWrrajzhb6g21Sru+wc="),
        Stream(
            kind: .random, count: 1500, seed: 2, level: 6,
            base64:
                "AdwFI/rsqohYR0t8JnHapxLyAkD66i0OR6jm7FrtJtcqD0NW1F2m+/mBvIjUP6wjn9xkMB8KvsvRPvyoGVJbqwICDqIVpXFjLHAR"
                + "o3SqZbIQzo51+LLhfhpnvgpt9j4d2Y/TRT7yCnGAbaNKTWyojoPPKBYGxNO2JyLLSCNeWZI+8ysSXhLu1TJ7pXHemsdX3rh3AcZA"
                + "HReA5Qqy7gJ8gKMWj/GKl0qPcwOn6unul4OmBYGMXrb/8KmYdU/Bz9cceKK+pMiEsr4bCps+AI/IUWE0tXHOJW5GIQ1ZBJA4iorP"
                + "m6EBenJY8uztXBWQW7I5b5kQVZpshmjc+R40qLnAkm9+r7lQPLz+TpWxEnSutd1qu8DF9Cx6/0VrjNxy4T/Oe9LWlrAo50WLONI4"
                + "+64DewEsSLhxOROgtceNOsfdfluHSdw/pI4bko6Ibcd5Ef7cV+AqkzB7nN10QnbruoA8CzlRRHNJAwtjG3UvoVZoB8jdCAejhVxc"
                + "1TfUyo3oy5MWZzW30bwAjruUYsIok+jX87JtRiYvsYhEGLZ83j75j0qwruQUhA3WdC7cV6DfsVFxf0I5x/weuxgZWrxhTwJBvp0D"
                + "6deCaiMTtNepECOa2ajThMKg+gfpfRvjNHsarVMAO5011F01+hK/ZYSlincmvAHSeLsi8tRyYSHQFVsOIco7JPCmbhfYt3nvyI4S"
                + "5J2FfcJMFIpyAdiIBQW/V5tMLooV3QovaWlj0u7tYpiOH/+4vKwbDJQwBAadkk8nqcxLdtzBoSbiO2NGJQv/aPljOIBXLK91wEzP"
                + "KJDIAoiAin5CbEYtU7v1QBNaXupCz8nF2CuppzMr4yaPEE8fJtxzD0lbZVYeWwmQ+oxKMvGirrFaMO3PgrgcHylYaRVr+Qtnm3dC"
                + "7MN+7kx4r+HQUTpD7hGS02gZaCeGtaS4Hsgdhb0V45qkPOLPmYjl54jdXeJF1Q/yKlM9Oe+3qoRhiJ9WSQOtpVm0acUf3TdYScAW"
                + "4skszLrH5Kf9SgCSfpAWcUv3POd30nDJidafy2wSXIHryKawH+n/a4btn3EHCtIpHpO9Q+v/PLKrW6mhHk1eEM07tTy8tQQNzS5p"
                + "P/N+VYuLfMgpBblbdkS9RckutENY1LcQ5nbMsricbe9T0gtGjuPagFHWB/A0L9RqH6mxbFif3I7upMnNqQqo+1uu3qLrJkYG3OTc"
                + "7X+6CHqB60CnRHBNg7y0RlAVa4uU1FZZjSKQAhftDViCiuCseYknTz/JBxabtExcGpXLAnEEIq6ZArioKMLriwXO+crVxmmdg93z"
                + "qjuV9aIWDNxJ/nI3A5m2G1kDTbu1YzTvdZZ4IB/bAWhHWkw7sO0UcH7V4koT7Ew6cuVNxAYOvvmaJsMc31EQlPLhT1QeM+NusbzJ"
                + "6VBIvCe4Geg04GSxylCJbRddnIR234V4RQcQtUJ1I0o9fwp0nw4XwZCYpD1HqxgUvG+wQTBrKVyIDHC42fQfrlLgAmCgoyGVj7ZT"
                + "pL4Mw+kopcze3YO1JS3OsXAPeuhd2Mq+dHijX1CGuDHpm/HK6vAlAmvnnnfphffMpKuK11ZrzlqxYWl7q0lSnvGbSP6VpxJJv9kp"
                + "/oZCswbGz3LiKVZWy7SPMME+ki6NNIE+eSrkagk9unl5+R67G9vtU5dw3Musuc1EuSHlLe/fTpPeXMRkJh/bPJE3Asvr5D+9ncf3"
                + "L44pi7JG/vYqoIPyZRaP8liNPjFryYikrKnJvLWvR6JEwqB3ekOujDvTN4SIjI4oGURcKLlaXrevhcCHUBh9miqjd49AnFLpbgBK"
                + "9lXtxTnb9er2hpCshbLaNu2+suOofmzOuXz06qwPUWRK9l79lJL7V3dQpcUantw61Npi3GECfBHYLbZvOGaQM0c+Qo9G0e7UeKEi"
                + "sOpqxmSwQRUobbcpB10GvGyZ+JKSrfZwIYQwsp2UhLkD8pyCPvvdPOJOgAlWYCVpGOdLJDbsr/PhrScFxId1oTpfR9wuKfvK9aJG"
                + "wY41PkM="),
        Stream(
            kind: .text, count: 60000, seed: 3, level: 9,
            base64:
                "jV3Ljm25Upz7KzzxzIML0oWBvwAx5gOOoIWaixrUff9fnKq17IyXd8OAhlNVe6+H7cyMjIgc/d9//O+PX3/8Nkf7319+/+OX39bf"
                + "fv3tl9//68ca8/1R/+PHHz9+//kr+7+///LbH3///cfaf/oP//jXvzz/s/7lX/+tvT/uz+ftv1p//af5z3/ZX9f23/78g/356/mD"
                + "NlZ94PnOsf/iXPDff/z+n7/8vdXv9udf4K/b+au2v2Pf3b7I56ref7Wre39rvj+f7y3tD9kfuv/7XMB7Zf33X378968/f/TreYDP"
                + "n7/XuW+tyXMa74PrPx/N/uRZF/R+5vsl71eu8T7esT98tO9/2PcL7+jnj+rK3hts9VjqJ+//tV9z5w98vm8/oPdb98r4/uH+0PP0"
                + "9i/vm5GnvRfMr7/9x69/+/H3//m9vTe3P3Wcr6uLG/tp0/V8PTu4g3dlv795Pn9fUD8v7Pme8wv8Mc1f6F4374V+rf79VmFd1nXX"
                + "ZntX7/7t9/19bQd8VedKcEt8rYu6RPjB84LoNe0vgA+1d/58835JsuLqpvf5sO/lXaX1tsbX/T/voS5ctuuCRf2+78Xnzr6QJpts"
                + "yg7++Qxho9f30V3trUR3L+t68tuvj2py0ny9m/2+9i3gWXU+oTYpXOHzXGgb2hOs/2t/fl0tLUV86+9Vfi+++gA4k/ci/Xr0++nU"
                + "wtrfBCc3bK/9+++l7o/a72i0sV9wXdx+SM9SaBU19kKCa3sW6/CzstmJt0/X8LjetbhGw7uBh1+P89nh9aHwS/vmOJxNOtQnn1V6"
                + "dI29qN7Tt+559PRu+gmy++5G9zd3ghcGy/139djlHZ14MuFY6rVF8bTYtzF2hNv/8PWnFLUarBN4jBzLTnSF+2/1HXg9Fiu/Vqns"
                + "TFi4Ekqn/PNZbPQY6USEB3dCxYStfda2Lx8IZPu29vc/S93OzIrHvH018r03OuhQw02O5waeKu9jkPhy4s3Xk4b3LKv3LNYxKTnr"
                + "dJR0TZ38xDuvgQNtPAclZ4JNvK/G/uXnU6Q0rUkSB8+b07l9ebX13rW810CKC/O8szdk7StOhwYfy41/UKHqRNW6Es6cFoTRyT/q"
                + "esydSAjfZjtyH4nPwnwey9e1wt+MianNfpLPpqB1vVIa0qQ6OAfYe7DAJp++8L8ChwWM9yMk7dMc04Lkd2CuD9Pc3VOR/Xfv99Da"
                + "n5ck9BZQwwPZz/L9JNi670d5CvJcgtUvPx/mWLjf8ZXXstjXo8u8wX6Gd7jXyvtL9XLsc7rWXP7sbdMuDr2L6pR+kp7997VwKat8"
                + "lu1eAZKT7mOmnsBzuoVM/SzBU6CErarHx67Amu2PZXnKsluVEPWuHz+0G571M+zl/Wuc8D9p9rwcfRPXdL5HT7W+zgVb75fi7bxw"
                + "jvRysDbeU1iRdz/4FVeAU/kkmv5nO2ied/UsIPguOk4aHzKeCvbnTHo+RSEP28T7uPMCA7KrSzDf0Ud/Z3+07rpb6t980ZyynIu2"
                + "95/3rpLsHlOdr7U2rBKX1wynLSU+a8A61dQs5FMVKfTstPonVsVnW76vuK5XgkDHA3ZWSjZl8bxrw6uk0aT0WVZxTotnO5a8r/Vd"
                + "KgI61Oec1be41jA8SdKMxsvme7mMnCTsNaRJx0l+oUyYBQTWe3qv7HmcmEt0r9di/SWJwMnG5QL245YCax+dEmPgzi1+azEh2ey7"
                + "XTlMNM1rw+alCoNBt++EhFCzbkH2599LFhsShVwAcNEwP2WBbQSYdN8BhpTnKdQK9LJ4YsJmKwk+/uvd7Oc2PLs4l++7WIGp2hoW"
                + "8K/n8nmqJ4mUEnVpEcFl8+Tks3klu0t9eAiaeOWMbWJpu1/Cu6DlYiTYeuLoOxe+RyGTd1Va8jZTNtk4Ou0L+1rSAXkRLBs+5ln3"
                + "9u8nuIUF+XVwESYYkTQ/RGBhXrKDzigLBIr6A7pgOWFSakm1utRsTUqMSmMMZZyWWy/YQVKrdEGEmuXwABX9vEAILt4oCWeKnyBd"
                + "0Nlx7uUgSfvapFyW/86TVUh1rvny1+fmu28Mt3cpEBlvbFhJcHKMu2ICxFdv4OxxDzKK/IX1jLX8CQidugor/bqfzFPq756yIDib"
                + "Tn/hpOsxhDRPDt5WR2p39YOuSjMN9p23mVZq49Wi4fjYDM1scL5iwXNQopTXtIFrfgJ4aeeJtM8mvx2pqixzgtdaMZPqvT54Qy9c"
                + "gdNedCjP9YYRr/QNXH1S3JM/t2sOi3XUeterQX4sx+OsHNABQq0KuGHY8NygRzOHZnuObZyuUC0Kq/G90l6UNVo3VxGs8DYaZ+sz"
                + "hgRJGq3QlAxEMXZLczjyhvTQTv2hAPiS/DpXop2qxgmQpZ6i7y3SnoaWRueKTldIaC+fONKtGT0ZitP00J5r8zSAI9JJgj2dB2BB"
                + "UaD9729qfNam5o+UaCzoJCyDExo2JZemactKKLjH2rD7sZwdzw3cFYBKwiocZ+9c/dRWn3Lg2/k5q/3noCGGwfDk/f2f90SwqAO4"
                + "B62uFCRBf8/DvgIS5790GAHaPtYNBuzW6Pn+0/dNNOhxL0/PuzS2vR162h4WhxDGCL25ah0IRSfUqnCf3H07qWf9BqYaXBYB4LO0"
                + "0tWixf7hjaKGuJ/ApEmt9uG47TTDRcG2PIEOm30Xok/jTa1QFtFc8H9P+Y0pLYcJ19El58YA/329uAG/3guUj01gk0k51YHDqcNk"
                + "KdZywApfSFOQR87l7+dorJspBaHTiBhKXEQPa5xLdQcvBHb21DcVit/tJqwH9BA/6bIDL7JauZE65T0s6X9f+GRd8p2fcZUi63up"
                + "45yy8q37KSmt4X1xBoEnuCSsyKmdRjg8AVoLtD+7diEE9IN2TQpiVU5a2UjYqTd0OqNgih8uP7KwoGCe2ncOaoBRv7dkV2XIFhIb"
                + "HKEL+vDLunOW0gqpYe7ag/BiTCGeK5coRBflePxZXKFyVRh4XbNfinFYEwEG+x2/nr/3fmDdPCOtiYgI1b1cgrdfQrvXgB3H8A01"
                + "nufaBTdujj4xlSXstRa2nXeVEybFKBSDY94Pf38sWGzovxxC5aIIzPQCQj96IEftV4ggE1NtpBhRYgNB6AHgNphBcCBrAHM+0Lmn"
                + "bKB1H9rcVDRwKjNZyqLFiYejlhhJG782OSIuZYVAXlayUqjWpuU4KYUkadwZXYEj+n2wMNUIavqQ4tPpVL2NyBbjUPzdz8Zf5Oax"
                + "MekM/JNuZi+0ZX/E+ydEDIej2RnB87l/JqpOP8WUySx30iUdh7acYpdffzWARzyVvYzkrKldf2TI5QZ9SC+kGH2PhEmJ2ByWCsxR"
                + "ncFGLUCqcquynpB4twAkCAHYgZ0CiOb5cy8K6XzDeob1CKFjNZALKASHae+esl15nc2Ao8ZrqNGhKpW8YjfDs5mfC/fBJ6nbcOhd"
                + "zd7yZCr+IWk5HdvoyNiPkagNR/56yXlNyaqWeTh1Q7JupOA9u97Ce2hxvp8lUAVj10IS6ZYhKwkda5sjNWifCI0tn+vK14XWk+Go"
                + "ciYshdsl3e9MpbJoezjqFbckYF34KQP5sG0wlbBovAXhecNWW7ra7heKH6VqWhBD08BSZUF7lOQLOSJuDSUXEAyqkRjbk/uzArTf"
                + "wjP1apLxBWaLh9xqSrmLXQLlO748ZgVkdFl0Kzt0Nw5dQd6ibPpeARKweBE4BZgQLWmFw/0ELPN7MTD3yh5F0dixFhO4BX55/4b2"
                + "BfAM2ghMsyahA4YbCCQ8las0A720pm+M4UhDlPO+C4iF2cRzK3G7t90yGlM2Hsu5psXlZbjB0r909FVzb+eKyipOt9y0WJ8c4Hpa"
                + "YNNrSqA7LYtbSnmcd1JlUix6W3cwE8xR9ReJUK0D9PQP+6Rr9KClJKmjJp16eC5V6CWqWbv3wvVUVHIobOkW8JUu7Bc7NhtQz0av"
                + "E6ANqnCrZh9Meeb+S9OOqq9ElZkEPKVbHtfjcpCSchliyfpKhRuok9UwCXfpJlRPLRC4PAPhulU/sUHeDjh6k7YcsS4WZ8+uKHNa"
                + "fjMwdIYWltyEQQqAT5psAjiSSMGyQN1LpCQhQXRwExVU7/EpjK7Jj0VQy/ZBnpn+3lHGISrKkNKJxvn+VQI1ODlED/yM2yxPE5hV"
                + "YQ0Fi9xCDhia6toSFh2ZbgYl2w4/85y8p7EFUHpQZhuY7KSMphAGVjtzJBZOIXP3jiajzt4+FzILCAEHQ7Wnu+Ah2BJS43FK3RNa"
                + "ole2kOGuTZC6UF1pw446VQHatNwQEKlOwh8TFixrjBNXVT4wbJf5Ma1YmkEueqEt7X/QQQzVYQtpnFvo/oQO+GpFR+O861sJMGHF"
                + "n/CqxwEhb/7+kZRmsX9Zl9iBPVrEzXVPg+VqUQXdrCE5T1npPFJp/Aa59PVMjTCUcEdYnL6514wpC/ehMZYJKTeXlDsoLXZkUEZx"
                + "N6Eg9AOzAwHEvA5NlE4cYxS/bCzYOycVkBUjPP1CK5D8vJ5C66I3mzsrChK5LkFKoEX5V2dudIBWmQrmW2DdSqzA8tovlrQrmlBw"
                + "0czd9BmQSu+kPgB8Y82r7Owl5/QQWwddJs/hgeHSqLshVYbFIyKHkNUsqs79oNYr0qLI6U+9eDfYtuBWQsirPVEwiMUY+HbSwA06"
                + "u1ZuEll0If2qMoiTI+25qt6iiYGAkhb0Cc7htXLUYCamsgnJTkHThZRsPLHpGDBLLaUD8i4h4fLYpSh8qlU4lg72zXI6C8yHXQg5"
                + "rkN3VsmwgcIJ6SEF36wqIbbyASOawl7e6eDDYFrkbUJPnyEtnQZzswy96/Om8o/jczVGVDYWvnjFIqXD42rRl4mzQyUNSn5JEKsW"
                + "pw0Q+CVnQy9rhu/W36XTageHdV5Nvcyda1aVePaqLXQDZRwvRjwKi7V2/aykVajirkmwkYz2zSkYGwqKn8WA8dWkC3tXoVg+0o9E"
                + "ejQRX+CpGInq5O7LbSdS12Ac/Lp/YLtri4DSsP8Xr0I66Y9uNB3W09NgQsKdWKUGWXi8Pfp1z5muvT5J54pNrD/gzRj2PKVvXUxL"
                + "xPaHrQB6eGXo8OFVz/h6j8jZfP6/zkwVeU6LQatN7zownHcRmakqIkjkvBFPzOWDRtnHmGUH8kDLphX2+QryPoK5/eRGhkEoyiMk"
                + "LWRDInxOPTqvxRy7+BjmixijEXCLf8G7/bSC3EhNYddwZrGKUPhM5nvVDXRVh4cricGN00ijwDwnF/r8SQsadVUltZJeNJcWzTpH"
                + "66bnyf5ISWLAQM9QlerS7pjTChdTM30NOscopHaTTiiM1ws1sMZQKU9O1rPN2Iu6Kr5nTBq/TyVxvwl/++6nqSIN52UiUemWVJiD"
                + "lvDGA/JmGvBRBGkziWNA8TQ40/NKyQkl/Q6Y867wlGwAcs2117qZGUlW3DhGdmlil48SnVk9mMyooV5/OcJo0IRWUNSGajdPCsmD"
                + "F8WNxWjJxQEW+urafgzFkGtwxjEPDBIFTZJCMcrMKKXqzSvgDdWHUAncHahtNI7yn5u7LOTGWqt3oQcIPRT6cmxMM/Xtu7cstxgl"
                + "g+iu4+DzDiQfUnSyM9qlkcawX1Ot+JJ6+uW4NK9I9ZB1dGYlCx2GrPd2ghohVS58UWYVNmP0RgdIxRpQtW/kG7sz5rUHGkXCYJSO"
                + "JtXDcGhjGfSqhnii08zS0YmhRiEHlFgYbwKZNQlNEqg6Nt3XuT+pDukkB0XdEpymbLAxbxC7pQuwtkKDT/vZooayjugrLDzcLGmL"
                + "ILNiJOGo+2F1tmcd888kVW2Eg01ZVCHZyRxpCalGemWYgng83gQ3V93L4rPja8LDcyXqsuwDyjAO0l2yoWB6pE4RD7fcTK1X6unK"
                + "mSrVGpuyOH1FkgqHNLCkWaJfCa1ilXgG7xKh3BvWzp7AXuw3dVJrOdlSPoiYiByaFOJTQiYY05phIuVfwf+JWbDeV2XSZQgkblv8"
                + "CTvX+C0vyUWd3Jpy500lCaZV94ZZtLLrKSS6KUNhXYKuOHpoeDySVRIq4MbcvHJ7LgLd2oZ9NcDqzGOtBhIMAvPpkCeIQmEwKUdK"
                + "bGHlDadf1ctZDA2Q0UqU+2HTXJuNZktOPWenS0ZH7O7vI/L49I1KKroOEI60iWYluWyEotpWRjvZ8NGjbmhliXfHGafgiTWbtB4w"
                + "IbEGERk0egwrg5JBPQtH4miFi08lw6SSPNNtAIhpZB/9i9PGEBWaGyZFexSusyAdnOBCk5UImgigPIPLFu0hyPZ9CCzn9bI7WPY3"
                + "FnffD+ff8hwrtGWdeSGPmcXeiyVovtnEG+sWVdRVxfUmmS9jjXrUSCmq16FAU2MUzxbCiIy65YDLzIxFJy3qaB/MMrNHF3vgDNoZ"
                + "wtvBHLY5zzvUKDWSILVxH7NV/ELqhbS7QrvlpK2zla8V78GM2Ld9t2yOup3SN2lxtoaB524ujX0N9+3zVpmjtNpu/WTOLPyW6oij"
                + "3dwhNy1Qi6/UEdOiRgmyuulRXXXzUnzY7C8dR/NbTUeK/61eJ93FpkaGdM/vfRzb0d6jsCoMJELfT+2WFymIaY0oyjf5SQvHq4Yq"
                + "7Tw0dloaIQloqOdSiQUbcbDJK3bzRRETsaVS0KWTYf7JuRTMtbjfLigi37k1HWJrLkNiod94SqauOLGmmOZtZQ1yx5Va9CABdsTu"
                + "hQp3RoseVEegqTRnl1I08BQk7w0iYUEPX+vCKjsP0NGqNiVbPm4ZmLKXzBJw8oCLK8UreLOoWYydljOGxdDAHWLWqEQxyvelUI2T"
                + "wUJzlksIabvNbJKgxvsfKAzslGAZSPA/Vulz9NkNBbA2CcAiOz5kUFAqfDisZlV+jTSPBFzXIMX6RhInCPcmquRbJoXqbBX1IxgF"
                + "ek3dAiOca2e76cHdk52ceLeJcTL7TSZ/PZ3MRkIILmGaDm0SamGewjWoxYvNN2+xuHrS1iP02YBVfEwG2N2NWnUgjY1DBdTzTw32"
                + "7rIOEQMP0++4Nli3PRka5BPbzSRbPPUYQsUX6ae8kT7BYq/QiKS+FkNXmXY3NDpPSvlxwACIz0b7oC3kjpXY6H7XjF0tZVQknyyu"
                + "nvp4kDKBPfLrQZxSaQSgcoj0z2jMcljJmBTV+yh1K+1ds2nUHi/0ddqHCZfxBatbH6wMvP0sVnUvgC3MaMa/dRQ6tI28AnHkhfo7"
                + "J/3A8YXsO5DZgmJldzb1TJgInDeCj31QV7EiXmvtQJJkfDLxDzGTTJrs4P8RdJNiLaeDKC+eFuorOisVwLPHtr4ovcxaH5FI1z75"
                + "dEV2o7iNPmXN2Zmiamg9Do2MrlEfnE4p/H2cQBHaZgCMiFOkameFHac9ZgaVBFF0Jn+xlqzWHN6CAMW5zVSBQJ1E77Zl5DZ9zsS6"
                + "+nX5GK52gjC3e8HbGyYTWkGFXqRmKs9pT79C9fJGOvGAaEUQl1bBgYPKnOTsBc7si1mIHXb2tUpCSVqKI5C7BWqraktOGpYnEyBN"
                + "lQjCFa6CdtAkBDM5urKKbu1eM68g5hzKfCnnBptCOnaGKgFQS+A8JJMpP4XIsTmdteTOJDnqTt79QceJXJkv2u76Ih4XxY1fO6ar"
                + "bME9UxLVmMH7zCcX/CJMpfVTWfbwYUgj4uKEIxxM+j774Wy5oOrWCKGjdm/CaxrJ2m7cJRoVp7RjJznuRNTGrzkULM/Xiwefb5sO"
                + "WE8aFeCWJqjrSV7Bz4CxoB7FpVhMlhihI1IVah4d5XIpbhio0IpfgE3HcxFH1pQFvzXxmvTJrshy8kIGWKYxB3d3BiMPFfc1MxYJ"
                + "xrp5YdO0K1MANTYByfwEURC61Jxb1EaO4gHemAjbaFkbOm+WXJLr9puf/GVMUw3+svQKvRAocUDwN69aL3o+Tu2GWQlNH4GhU0qs"
                + "dmCfnaISH/RTaSnTJmG5qCffkAmVRBj9CNRza0usMi8GKcyqSpY+GKaSjwvnlYlHAKrHlPbKVptsNm48MHlsvRx/0JpAh6uIU9U9"
                + "UNRAPpW92m3laUBTGP+Rt/ZMc33RA6FX6ITVHZWFke1cOxWQdm5/DBcb+EmVbfNN+WWFvvZr1YjA8qTg/UJdHDXMlKlhcRKbJsQj"
                + "EsMx0HRyEwtyF2R+ctXMFCvmM34Yc8KPi51SPr+GLk8oICTu/G+WmkrEN2GWqm9TReD3h8M23MTFpr2rDUnsfIK7vpPCxwrDaeNQ"
                + "Z9ZzDBoHYcu4OE7BW/jYqRjouLxEVAvSq9m8HlEXrVT5aAj3VftunoSXI0R589v+E9tgaAqBfj1xPa5N+qS0ZhTEhIrqNfGRGBxc"
                + "0ZhbzdlnmAtmII0126v77OwJgrXgpAVyZBIcLRraIGSNGwN1JWf7JSZPMg+YMT8zWFLCiNc29Qg7dQedTqwDc4aPKZPOnNET9Ly/"
                + "aZPnxS4gILdS7OnMcqVCu6BYe2DI57IeFu/fbX6OjB9tyHIs8KLepW7qd2G+lDDXb7ga3VuTlC0xPIEcPj/eyGfA2ySBRepkI/bD"
                + "8xWjmaGsU7HDKS4XMul8KjfEkyOAPPVKgK/3eAwSywZQEZ2zlGhs+RNTlGWAlYz7cM+HOIdFmKAyo0bdwCOlVZFU08uYY65MPJif"
                + "5jLenHfKcVosiMzeAAYU+kgLZ/8PlSnlTrfXldqyQfnwUT57vA1CrxnVWCuN4cWJNNEnZrnvTUp5hB+WrLCIx+kmmtY9YMEhkkx9"
                + "EqBMfBYKq8Jy7kQDKMzJt5YSfyQU5F6T2joorzC4vsj3rIwaprHobEkgSsl3d1iyLU06UR3Z8T1Tg9pIegA2G53WmTFUs7L/EHMN"
                + "Bs3ETo6bKuw4hWfB2+TtptiLxwxqO0ojGgFBZw0lOaEw/RR0RQKuKF3AOVhpL9A2C+0wIHMz3ZdbQuTMB4+Zmw3Nr0qbzsGxYdk8"
                + "DyQFaZVyrXID6Cmo0W1+ZRiPvsxbRZk1XqMXQMtGy+rVzKcz1H3WsXAC0WBVu7HOncyilezTyhMMK1D+ZXA7OmWKjJrbNoPdqlyb"
                + "zU08YIcFhMvDO9YaUUmufINRfO2ub/PQ0viJKBNNxNc4tKHfp6svgaJLP9bDjMK9ia2XH5VK7DEG2Ybqgty7wnok1KFQanN6k6KL"
                + "w+MgmNdywrQuM6Q3cZp6/1pHcZ/9sgNsOM0Is44UQmImkh/aYTSj9CjYw5zG1SETi422Jf6vlK9o6k2jrEy1PNSH2n97jUDCIPWG"
                + "Wx07d2tTI7IR1IpwGT8OHpc4LmhuZH8HDCcYEHMfU9Aj5nu2gp1uTf0I67/XztiHGI6vyB7jDCNMuL2FrmnPU+B8p1dH8xFDDJTY"
                + "aJLDwU2yKUNLJNq1gHqMW5m57plWY/5gvxlNd+9H+tgQHRonjqofjASddWFFiNBGhtuzt4s9N54QIDU58k8fiWyyitGzadRyJXGA"
                + "tKQbDgyLEQmRwXuyLoTpYTZne0bJ2qwea6hdzuQf5YhXcksjcq7MJxkaBwND/NRI8kSlRJacU5Cziqp3T5LMQOTZLybg04pJoEQw"
                + "nVTnlpO3BIMfcxEYYZCq4Fo9ZoPDZ+EFD9fhpkTdCBA6b5F5pl3ku0pz+cC+ZcZR41SM+vyYWm2LLPpjnfoUX6kYmc4RaNsjx615"
                + "TJminsfp2ziD6ajItbvl6rG8FJFN6NvB/IBZAyokjpruNQQADCxHgZE/DzRUtdvFczc24phWtDP8Rf161taW+CH5yipAF/l7uH44"
                + "30je0o47k934dZxlKqhZRZiLZzZqdS3YsZr90pcOdKaEd3yqWh+2wxawyqYVvCo5nmjKjcijuuQhEstcLZkqG127Xp2K9mGuOm4c"
                + "Vp9skki1kiltrvHQMVdKvbyqTbUUmmG8c7/zHlxat7hX79NI3Kwj+oQtwXULA1kKs3h48AVp4QU9VhA7Qb9y5wo4436b34QjzryY"
                + "AyMwWAMEKyeeWooGe2ADwuA541qknzEeWGLVJ/dxctmU6UXAxWcLkMqf5s3482KXZPopYeea5Uag02iTUTI5HxblaXTg6d3SEDpS"
                + "QihZrDPfhrWYz6sQJxihSdAUuqkoMER3wuQ3W/86M57WncjiQ5OiKNx8uKnwjS5xhmHsmCPnCWVm1UtlUpiTmybezmBANS2J8d+K"
                + "KvOaWUau6pw9h9bycMc5dx5QHQgK4NziJIrg7RQHikQYSFS2rX6OsW3OTYequZcB9Sr86iMCP93tqAcpYUtedXCWLLOyKM0cOD7T"
                + "09kenEXR6DZ0UZV6E2i/biPjg3mjXK1rPjS6WdIKSykL7+Sx6DBj6b6j7UxiCV7nfMllewMlqCHKAOZT9USjATjz8G6h5xuh5V1Y"
                + "g7hE90oMB04Nij67WCeeNBf0WTqFTuQ66pR899933k9sgnJX0GklcLy0yyxJ9fUXVxUlAOeRCKbr9tZBEO7kA5gdIEwaw1Zq3MoM"
                + "chMOIN5Fyi6IDMWGZ4xzZ1lMk8h1Puw3vkwVXQ/obw+c9ECK/eBuK9VD84LKg9tU0E7tvG92BEkIQI9E04kyK/JWoXyZnlH5sOBu"
                + "pHZTUvWRjdfavcbxUlGFhLqQOHIpz8Ph4WmkXfZ9LBfqdpOLzVhlrw/OZ/NeCrZbKy7NG9XZ1dqI3kysM99z0GQH46UeylGdzktv"
                + "M06AVTFQY8f5Ujqoh73w9/woDfRyNbgUEt8cPP8oW6ZI9avpi3CVlg7o1R5vHGjHjaeCIlaKuHt4wYESiRgGUkSqc9K9XXk7gXzw"
                + "3bTHYl2aYsXbQRGk2HXohOz8Y3NMoau4SPbYaEPbPkhr5bKu6596p2qLbvDude64VLNDCr+R6pzOXhH9NpKUZ48kCww1/opSCx9K"
                + "YZpaiSioEQoJgCt+RzC9Vud4uwyfXpfo5kBKEdvduwkHNu5cQiS2vcyrVhqAS+pTRZKd3D4p30VaLXJdttUOWho9eQPmedWRhkZF"
                + "4QnDTPp5/JBYEA9ZI47/TVWUVWNzKsmNXQKHmAADw4a8N6/O1KMxiUN57XFz1cxocWIwDtFlChYpIjT5cKBhxDmHWWCWDWq1zSFm"
                + "7Y83aLDxlmaaNQF5sYndNjPkUTmotR7WRMNpK7zSESHmZ2BdkqGGU+XGNlpuT37wQkxFgUqPHbBNxfi6J/fLUuF1MYhwvoJIGxvy"
                + "ZH1Fjm4mnNf0sONYCzu/ka+mORDVuyh30STOOOJqCnDUy4EWdJ8SEoWPYbJWOasNbYXo4yUTX3UrYg2zv0zPr3NbKOBXMG7306A6"
                + "NAktAw+AvUy4XxQz48upu2n4xRHYN6C0JEcOL/SiefCY/o6p+b+GDmnX5XMBdVqE+sQwPXy5VuVCyx9k4t+qaq35OqO5XtoU3z2a"
                + "Xl8nmDZM9iU/iB/V7/bOFvq0fclzywnz5Zxwyky6u1b+PjTkMRgKxBdtk2ziuit5xCPi5tehOQWcmZEX7RNRDuZcgrwwJzWgcKXz"
                + "ZrCF005h6Rv9emLoFo/E6HlXGHk6llAhEXOJsj40lw6+NYSIkLeZTmsXovgqWcrbxz6SeoIZxHQhcHYLyl2TI8wmZZ6cynsUANC8"
                + "gz1VoMsvc+vEgiOQMycJfqC/q6acefzeTn8dMDukH6z19T51boEYyEndH/qmGmfYGZBlTNP1ikPUT4UNmeQMqHGPMZYJhUdg42v/"
                + "e90Lg3mZQ8MpIUCA2thFIHhopFxqhC78Wu+aBm80XG8iki2p5Dg2eHoc+XHgkC73egWy1fle68OIb5uErM5JD2aSJYWuBaCRZVXu"
                + "aPtLyvFEtEJpqlYweAa7pkco5ciDEpw4GuV8tH9m53TWBVAJPIfp6CS3S7MjFFCRV+pFcUywtF+NTyHx3+5q5ywzvvIlL3+pcHQz"
                + "qky32EvquBHOtBYT1dO5xrQcGGUyx8mMqyO7wffdYDjWHCx5EkkwRW9psoJwBJZyBDb6GQR5QUnrqAG4Mmbab5437pqJsszJYJm4"
                + "DUtr3n2RU6tU8dw8qlOmJ3HzNgSlJcMDOUMCcFLkE+7kzQioFixhYIxoz8a8xjY1oiuGsguHb1SEbj41W8QsxHgJeH419t0ttTPl"
                + "dJk5+AgMZhvHO4xB5H0bz0yYn5DAik7hIbBdpQz9z4a7wBhmUcaLCURghpTRqugLR8vydTGyDnPFlfsbLIaZDZhkSIHcFvB8mRIR"
                + "p9Sbf7d7H5oahjkh7CqbWAIsVb6MjRVYMnCVMNmQUX+FLsQCtd79COkQDpMXsF2oQNrmEMsCFsb5iJTNBuMlY+1UZUXLcjDEJFj6"
                + "+SEks5ypGYudOqmapXklDpowQCTFSv0tndQlg1aVyXR4Iw2tlF0mKZMvRGCFRduslCMaravdl9jf0HVo3MQJL2ryy4TSYH/DySl3"
                + "ECCc+2A3g6zcIsJ1H4byMKFOjTttBqzxHJhzwBl3kHUfEddge6bmQgvMMCU9cPdrZC6rb/MxVktiAOoYD9WNfGiHMI0ScSTxUYK0"
                + "jjXgLvHVx2nniI25ZMM3ObOMALw+6dWGvU2z8QRgheAUoA2KfPhkdmrwMU6TIZBMfYK8zcnUJKx8hpM4moTtQg+0r+/Ftgp2eN0H"
                + "CV3GU4eWY1OhwQDQSYexOKzAK4ZMk+N0UYeEysIhXb7OFQ9aNA4myhUjw43QQTfHHDY4V980o1G128x2tZRB2wrFXR2oseacyHDH"
                + "NKvHMos7BKYwZJdvagTn8egqrIKKPLrCFPoCk9r45aT0Nksf5NkbskK9N9jLCUBGh2J1JiQD+nKopuHJTo6jNlv9ulJQSmitE6lp"
                + "CugQnPaIXhhTTK4QlELZiCFnDbIVS2NbbxeAIZ87+hCzw9jQxpGKpzWHBcck2xEeazhqoY7KOqcqYrBfAGnbrTd3IZVypKuq7O01"
                + "LskQliL4n1jfUVQQXSvcww1PQcnWJfs3JyVzx42YHCA4t6xtftZBu73QfX5lp9FwcVk8fNA4rB7ybs1o85DvpIsLCrgkAXUb5HJN"
                + "MqavFt7W36Fh8qHEZjJ9aMEg47NacyLqSw7mbGglKEmYhRSNlnTnHZnz3butjBb9uDIsSStZM15xWy7rEQ3N2Za42tKxKO9cajZU"
                + "v5wRTNKVhHMSo83W7/CTdnQVVQrByEYKISzRBAFX816sUKQ55kp8dohWAZic0O5Fd9vAssxSLkhKtPQLPi2vUVS3qpRyrR26xLhd"
                + "AreNzjN7QbFlMRNOI7G4MTPl0UNnjh30yGdTePtWpfkmbVyX2UIKy6HNbRNOBprziMXtTKoOGZXz5XE3rt00qT5cqO5e3qGxHQeY"
                + "uDd7NhZ1rprdnRjWSH+DqGhixxYQGOnP43zo2rI5DUUVXYgenHfrASwPyXC7M+2OcVZEtd2HD1zNjEx9m6eqrhVjef7swhvWEtqq"
                + "CLajQr5Xs2vVF0ghz007h8wHVyd4JAu7tfnoA5kfqOV6WItnQJoKJD8MRVL5aoCTeMfIInYY67ma/wM="),
        Stream(
            kind: .text, count: 100, seed: 4, level: 6,
            base64:
                "K0pNzMksTizO5MrMS8nMTizJL1IoSC0qTs3jUtUBiicWJQJZCiWJRempJdZQAYUimC4duC7r5MSCxMzEPB2EHIwFAA=="),
    ]
}

extension InflateFixtures {
    private static let vocabulary = [
        "kinerja", "target", "realisasi", "56,70", "indikator", "sasaran", "1250000000", "capaian", "IKU", "renstra",
        "persen", "%",
    ]
    private static let separators = [" ", ";", "\n", ","]

    /// The data a stream was made from, by the generator the Python script used (a 64-bit LCG, high bits).
    static func data(_ stream: Stream) -> [UInt8] {
        var generator = Generator(state: stream.seed)
        switch stream.kind {
        case .random:
            return (0..<stream.count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        case .text:
            var output: [UInt8] = []
            while output.count < stream.count {
                let value = generator.next()
                output += Array(vocabulary[Int(value % UInt64(vocabulary.count))].utf8)
                output += Array(separators[Int((value >> 8) % 4)].utf8)
            }
            return Array(output.prefix(stream.count))
        }
    }

    /// `state = state * 6364136223846793005 + 1442695040888963407 (mod 2^64)`, giving `state >> 33`.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
    }
}
