/** The classic-script entry (dist/loadwise.iife.js): the same as loadwise.js, with no exports and no chunks. */
import './embed.js';
