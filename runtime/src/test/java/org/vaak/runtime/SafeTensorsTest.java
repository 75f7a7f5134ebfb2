package org.vaak.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vaak.runtime.quant.WeightFormats;
import org.vaak.runtime.quant.WeightMatrix;

class SafeTensorsTest {
    @TempDir
    Path dir;

    private static byte[] image(String header, int dataBytes) {
        byte[] h = header.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(h.length).put(h);
        return b.array();
    }

    private static String fail(byte[] image) {
        return assertThrows(ModelFormatException.class, () -> SafeTensors.parse("m.safetensors", ByteBuffer.wrap(image))).getMessage();
    }

    @Test
    void roundTripWithMetadata() throws IOException {
        Path f = dir.resolve("a.safetensors");
        float[] v = {1, -2, 3.5f, 4, 5, 6};
        SafeTensorsWriter.write(f, List.of(StoredTensor.ofFloats("w", v, 2, 3),
                StoredTensor.ofBytes("q", DType.I8, new byte[] {-1, 2, 3}, 3)), Map.of("config", "{\"a\":1}"));
        SafeTensors st = SafeTensors.open(f);
        assertEquals("{\"a\":1}", st.metadata().get("config"));
        assertArrayEquals(new int[] {2, 3}, st.get("w").shape());
        assertArrayEquals(v, st.get("w").toFloats());
        assertArrayEquals(new byte[] {-1, 2, 3}, st.get("q").toBytes());
        assertEquals(0, (Files.size(f) - 8 - st.get("w").bytes().remaining() - 3) % 8, "header padded to 8 bytes");
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    @Test
    void truncatedFileNamesTheTensor() throws IOException {
        Path f = dir.resolve("t.safetensors");
        SafeTensorsWriter.write(f, List.of(StoredTensor.ofFloats("layer.weight", new float[64], 8, 8)), Map.of());
        byte[] all = Files.readAllBytes(f);
        Files.write(f, Arrays.copyOf(all, all.length - 10));
        String msg = assertThrows(ModelFormatException.class, () -> SafeTensors.open(f)).getMessage();
        assertTrue(msg.contains(f.toString()) && msg.contains("layer.weight") && msg.contains("truncated"), msg);
        Files.write(f, Arrays.copyOf(all, 20));
        msg = assertThrows(ModelFormatException.class, () -> SafeTensors.open(f)).getMessage();
        assertTrue(msg.contains("truncated"), msg);
        Files.write(f, new byte[5]);
        msg = assertThrows(ModelFormatException.class, () -> SafeTensors.open(f)).getMessage();
        assertTrue(msg.contains("shorter than the 8-byte header length"), msg);
    }

    @Test
    void damagedHeaders() {
        byte[] huge = new byte[16];
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putLong(Long.MAX_VALUE);
        assertTrue(fail(huge).contains("header length"), fail(huge));
        assertTrue(fail(image("{\"a\": [", 0)).contains("not valid JSON"));
        assertTrue(fail(image("[1,2]", 0)).contains("not a JSON object"));
        assertTrue(fail(image("{\"w\":{\"dtype\":\"Q7\",\"shape\":[2],\"data_offsets\":[0,2]}}", 2)).contains("unknown dtype 'Q7'"));
        assertTrue(fail(image("{\"w\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,12]}}", 16))
                .contains("needs 16 bytes, data_offsets give 12"));
        assertTrue(fail(image("{\"w\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4)).contains("bad dimension"));
        assertTrue(fail(image("{\"w\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[8,4]}}", 8)).contains("bad data_offsets"));
        assertTrue(fail(image("{\"w\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4)).contains("data_offsets must be"));
        assertTrue(fail(image("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                + "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12)).contains("overlap"));
        assertTrue(fail(image("{\"__metadata__\":{\"k\":3}}", 0)).contains("__metadata__.k is not a string"));
    }

    @Test
    void wrongShapeAndDtypeAreReported() {
        SafeTensors st = SafeTensors.parse("m.safetensors", ByteBuffer.wrap(
                image("{\"fc.weight\":{\"dtype\":\"F32\",\"shape\":[2,3],\"data_offsets\":[0,24]}}", 24)));
        String msg = assertThrows(ModelFormatException.class, () -> WeightFormats.load(st, "fc.weight", 3, 2)).getMessage();
        assertEquals("m.safetensors: tensor 'fc.weight' has shape [2, 3], expected [3, 2]", msg);
        msg = assertThrows(ModelFormatException.class, () -> WeightFormats.expect(st, "fc.weight", DType.BF16, 2, 3)).getMessage();
        assertEquals("m.safetensors: tensor 'fc.weight' has dtype F32, expected BF16", msg);
        msg = assertThrows(ModelFormatException.class, () -> st.get("fc.bias")).getMessage();
        assertEquals("m.safetensors: no tensor named 'fc.bias'", msg);
    }

    @Test
    void everyFormatRoundTripsThroughAFile() throws IOException {
        int rows = 20;
        int cols = 128;
        float[] w = Rand.gaussian(new SplittableRandom(3), rows * cols, 0.1);
        List<StoredTensor> tensors = new ArrayList<>();
        Map<String, String> meta = new java.util.HashMap<>();
        List<WeightMatrix> made = new ArrayList<>();
        for (int i = 0; i < WeightFormats.ALL.size(); i++) {
            String spec = WeightFormats.ALL.get(i);
            WeightMatrix q = WeightFormats.quantize(spec, w, rows, cols);
            made.add(q);
            tensors.addAll(q.toStored("m" + i + ".weight"));
            meta.put(WeightFormats.metadataKey("m" + i + ".weight"), spec);
        }
        Path f = dir.resolve("formats.safetensors");
        SafeTensorsWriter.write(f, tensors, meta);
        SafeTensors st = SafeTensors.open(f);
        for (int i = 0; i < made.size(); i++) {
            WeightMatrix back = WeightFormats.load(st, "m" + i + ".weight", rows, cols);
            assertEquals(made.get(i).format(), back.format());
            assertArrayEquals(made.get(i).dequantize(), back.dequantize(), WeightFormats.ALL.get(i));
            assertEquals(made.get(i).storageBytes(), back.storageBytes());
        }
    }

    @Test
    void unknownFormatInMetadata() {
        byte[] img = image("{\"__metadata__\":{\"format.w\":\"int3\"},\"w.q\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}", 1);
        SafeTensors st = SafeTensors.parse("m.safetensors", ByteBuffer.wrap(img));
        String msg = assertThrows(ModelFormatException.class, () -> WeightFormats.load(st, "w", 1, 2)).getMessage();
        assertEquals("m.safetensors: format.w = 'int3' is not a known weight format", msg);
    }
}
