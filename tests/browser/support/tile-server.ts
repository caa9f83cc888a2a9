import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { crc32, deflateSync } from 'node:zlib';

type Rgb = [number, number, number];
type Rgba = [number, number, number, number];

/** A 256×256 PNG of one colour. */
export const solidPng = (colour: Rgb) => png(() => colour);

/**
 * A 256×256 PNG whose pixels `pixel` gives (RGB, or RGBA when it gives alpha),
 * written by hand: the signature, IHDR, one IDAT, IEND.
 */
export function png(pixel: (x: number, y: number) => Rgb | Rgba, size = 256): Buffer {
  const channels = pixel(0, 0).length;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(channels === 4 ? 6 : 2, 9); // truecolour, with alpha or without
  const stride = 1 + channels * size;
  const pixels = Buffer.alloc(size * stride);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) pixels.set(pixel(x, y), y * stride + 1 + channels * x);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export interface TileServer {
  /** The XYZ template of its tiles. */
  template: string;
  origin: string;
  /** Paths asked for so far. */
  requests: string[];
  /** From now on, answer every tile with this status (403: refused). */
  answer: (status: number) => void;
  /** Stops answering at all: the port is closed and open connections are cut. */
  stop: () => Promise<void>;
}

/** A tile server on loopback that answers every /tiles/{z}/{x}/{y}.png with the same PNG, readable across origins. */
export async function startTileServer(tile: Buffer): Promise<TileServer> {
  const requests: string[] = [];
  let status = 200;
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (status !== 200 || !/^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
      res.writeHead(status === 200 ? 404 : status).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(tile);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    template: `${origin}/tiles/{z}/{x}/{y}.png`,
    origin,
    requests,
    answer: (s) => {
      status = s;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
