/* Unit tests for common/sha256.c: FIPS 180-2/180-4 example vectors (and
 * the SHA-2 long-message vector), padding boundaries, chunked input. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "sha256.h"

static void to_hex(const unsigned char d[32], char out[65])
{
    for (int i = 0; i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void assert_hex(const char *msg, const char *want)
{
    char got[65];
    sl_sha256_hex(msg, strlen(msg), got);
    assert_string_equal(got, want);
}

static void test_abc(void **state)
{
    assert_hex("abc",
               "ba7816bf8f01cfea414140de5dae2223"
               "b00361a396177a9cb410ff61f20015ad");
}

static void test_empty(void **state)
{
    assert_hex("",
               "e3b0c44298fc1c149afbf4c8996fb924"
               "27ae41e4649b934ca495991b7852b855");
    /* NULL with length 0 is the empty message too. */
    char got[65];
    sl_sha256_hex(NULL, 0, got);
    assert_string_equal(got, "e3b0c44298fc1c149afbf4c8996fb924"
                             "27ae41e4649b934ca495991b7852b855");
}

static void test_448_bits(void **state)
{
    assert_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
               "248d6a61d20638b8e5c026930c3e6039"
               "a33ce45964ff2167f6ecedd419db06c1");
}

static void test_896_bits(void **state)
{
    assert_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
               "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
               "cf5b16a778af8380036ce59e7b0492370"
               "b249b11e8f07a51afac45037afee9d1");
}

/* One million 'a' fed in chunks of odd sizes that straddle the 64-byte
 * block in every way, ending with a partial chunk. */
static void test_million_a_chunked(void **state)
{
    static const size_t sizes[] = {1, 3, 7, 13, 61, 63, 64, 65, 127, 1000,
                                   4099};
    char chunk[4099];
    memset(chunk, 'a', sizeof chunk);

    sl_sha256_ctx ctx;
    sl_sha256_init(&ctx);
    size_t left = 1000000, i = 0;
    while (left > 0) {
        size_t n = sizes[i++ % (sizeof sizes / sizeof sizes[0])];
        if (n > left)
            n = left;
        sl_sha256_update(&ctx, chunk, n);
        left -= n;
    }
    unsigned char d[32];
    char hex[65];
    sl_sha256_final(&ctx, d);
    to_hex(d, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67"
                             "f1809a48a497200e046d39ccc7112cd0");
}

/* Lengths around the padding edge (55 fits one block, 56 needs two),
 * checked against Python's hashlib, both in one call and byte by byte. */
static void test_padding_boundaries(void **state)
{
    static const struct {
        size_t len;
        const char *hex;
    } cases[] = {
        {55, "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b"},
        {56, "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27"},
        {57, "35df609437dcfea3279283ab79fd554e2bf78f8f7ae2de532d8ee300b09e8f73"},
        {63, "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055"},
        {64, "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241"},
        {65, "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e"},
        {119, "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e"},
        {120, "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5"},
        {128, "d2742f1f4ac6bb7ca2b239ee18402ba8b3f9f8e652d2a72973c2b9ba11c08cf6"},
    };
    unsigned char msg[128];
    for (size_t i = 0; i < sizeof msg; i++)
        msg[i] = (unsigned char)(i * 7 + 3);

    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        char hex[65];
        sl_sha256_hex(msg, cases[c].len, hex);
        assert_string_equal(hex, cases[c].hex);

        sl_sha256_ctx ctx;
        unsigned char d[32];
        sl_sha256_init(&ctx);
        for (size_t i = 0; i < cases[c].len; i++)
            sl_sha256_update(&ctx, msg + i, 1);
        sl_sha256_update(&ctx, msg, 0);   /* empty updates are harmless */
        sl_sha256_final(&ctx, d);
        to_hex(d, hex);
        assert_string_equal(hex, cases[c].hex);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_abc),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_448_bits),
        cmocka_unit_test(test_896_bits),
        cmocka_unit_test(test_million_a_chunked),
        cmocka_unit_test(test_padding_boundaries),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
