/** A QR matrix (true = dark) as an SVG file: one path, a quiet zone, and a size fit for a projector. */
export function qrSvg(data: boolean[][], title: string, pixel = 16): string {
  const size = data.length;
  const quiet = 4;
  const full = (size + quiet * 2) * pixel;
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark)
        path += `M${(x + quiet) * pixel} ${(y + quiet) * pixel}h${pixel}v${pixel}h-${pixel}z`;
    }),
  );
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${full}" height="${full}" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${full}" height="${full}" fill="#ffffff"/>` +
    `<path d="${path}" fill="#000000"/></svg>`
  );
}
