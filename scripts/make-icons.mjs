#!/usr/bin/env node
// Generates every app icon from the one source image, resources/icon.svg, with pure JavaScript
// and WebAssembly (no native image library): PNGs for Linux (16–1024 px), icon.icns for
// macOS and icon.ico for Windows, into resources/build/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import png2icons from 'png2icons';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'resources', 'build');
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const svg = readFileSync(join(root, 'resources', 'icon.svg'), 'utf8');
const render = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();

mkdirSync(join(out, 'icons'), { recursive: true });
for (const size of SIZES) writeFileSync(join(out, 'icons', `${size}x${size}.png`), render(size));
const big = Buffer.from(render(1024));
writeFileSync(join(out, 'icon.png'), render(512));
writeFileSync(join(out, 'icon.icns'), png2icons.createICNS(big, png2icons.BILINEAR, 0));
writeFileSync(join(out, 'icon.ico'), png2icons.createICO(big, png2icons.BILINEAR, 0, false, true));
process.stderr.write(`icons written to ${out}\n`);
